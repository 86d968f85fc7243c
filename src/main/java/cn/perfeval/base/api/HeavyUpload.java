package cn.perfeval.base.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API operation whose body is a whole report document or workbook: it is read only
 * while holding one of the few permits of {@link cn.perfeval.base.HeavyWork}, taken before the
 * body is read; without one in time the request is answered 503 with {@code Retry-After}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HeavyUpload {
}
