package cn.perfeval.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory H2 database with the demo organisation and users, shared
 * by the tests that use it (one Spring context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface PortalTest {

    /**
     * Settings of the test's context. Classes that name the same settings share one context and its
     * database; {@link TestDocuments#SECOND_DATABASE} gives the report- and route-heavy classes a
     * database of their own, since a department can hold only one overall report for each of the
     * years the product accepts (2000 to 2100).
     */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
