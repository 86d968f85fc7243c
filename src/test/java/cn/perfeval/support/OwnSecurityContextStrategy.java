package cn.perfeval.support;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The suite runs several application contexts in one JVM (with MockMvc, for the screens, with a
 * real server), and each one installs its own security context strategy as the JVM-wide one
 * when it starts. Before each test this puts back the strategy of the test's own context, so
 * that the user a test signs in with is the one its screens and services see, whichever context
 * happened to start last.
 */
public class OwnSecurityContextStrategy implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    /** Before the listener that sets up {@code @WithUserDetails} and the like. */
    @Override
    public int getOrder() {
        return 1500;
    }
}
