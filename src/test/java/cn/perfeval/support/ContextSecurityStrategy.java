package cn.perfeval.support;

import javax.sql.DataSource;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several application contexts live in the test JVM, and each installs its own security-context
 * strategy as the global one. Before Spring Security's test listeners put a user in place, this
 * makes the current test's context strategy the global one, so the user lands where that
 * context's services and screens look for it. It also tells {@link TestDocuments} which database
 * the running test uses, where its context is already loaded (field initialisers ask for years before the instance is
 * prepared).
 */
public class ContextSecurityStrategy implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 5_000;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        apply(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        apply(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        apply(testContext);
    }

    private static void apply(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(DataSource.class)
                    .ifAvailable(TestDocuments::useDatabase);
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
