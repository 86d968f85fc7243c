package cn.perfeval.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/** Browserless view tests: the whole application, in-memory H2, demo users; screens without a browser. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
public @interface ViewTest {

    /**
     * Settings of the test's context. Classes that name the same settings share one context and its
     * database; {@link TestDocuments#SECOND_DATABASE} gives the report- and route-heavy classes a
     * database of their own, since a department can hold only one overall report for each of the
     * years the product accepts (2000 to 2100).
     */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
