package cn.perfeval.base.api;

import cn.perfeval.base.HeavyWork;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Takes a {@link HeavyWork} permit for every {@link HeavyUpload} operation after sign-in and
 * before its body is read, and gives it back when the answer is written. A refusal
 * ({@link cn.perfeval.base.BusyException}) reaches the API's advice: 503, {@code Retry-After}.
 */
@Configuration
class HeavyUploadLimit implements WebMvcConfigurer, HandlerInterceptor {

    private static final String HELD = HeavyUploadLimit.class.getName() + ".held";

    private final HeavyWork heavyWork;

    HeavyUploadLimit(HeavyWork heavyWork) {
        this.heavyWork = heavyWork;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(HeavyUpload.class)) {
            heavyWork.enter();
            request.setAttribute(HELD, Boolean.TRUE);
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (request.getAttribute(HELD) != null) {
            request.removeAttribute(HELD);
            heavyWork.leave();
        }
    }
}
