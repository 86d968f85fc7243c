package cn.perfeval.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every log line of a request carries (in the JSON logs as fields of their own, see
 * docs/operations.md): {@code requestId}, the request's id, also sent back as {@code X-Request-Id}
 * and named in a 500's problem body; and {@code user}, the signed-in username, once the sign-in is
 * known. Nothing else about the person: no name, no address, no password or token.
 */
@Configuration
public class RequestLogContext {

    /** The key of the request's id in the logging context (MDC). */
    public static final String REQUEST_ID = "requestId";
    /** The key of the signed-in username in the logging context (MDC). */
    public static final String USER = "user";
    /** The header that carries a request's id: taken from a proxy when well-formed, always answered. */
    public static final String HEADER = "X-Request-Id";

    /** A proxy's id is kept only when it is short and plain, so that nobody writes into the logs through it. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    /** The id of the request being served on this thread, or a new one outside a request. */
    public static String requestId() {
        String id = MDC.get(REQUEST_ID);
        return id != null ? id : newId();
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** First of all filters (before the readiness and security filters): every line gets the id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Right after Spring Security, which has then read the session or the credentials. */
    @Bean
    FilterRegistrationBean<UserFilter> signedInUserFilter() {
        FilterRegistrationBean<UserFilter> registration = new FilterRegistrationBean<>(new UserFilter());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    static final class RequestIdFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String given = request.getHeader(HEADER);
            String id = given != null && ACCEPTED.matcher(given).matches() ? given : newId();
            String before = MDC.get(REQUEST_ID);
            MDC.put(REQUEST_ID, id);
            response.setHeader(HEADER, id);
            try {
                chain.doFilter(request, response);
            } finally {
                restore(REQUEST_ID, before);
                MDC.remove(USER);
            }
        }
    }

    static final class UserFilter extends OncePerRequestFilter {

        private final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (!trust.isAuthenticated(authentication)) {
                chain.doFilter(request, response);
                return;
            }
            String before = MDC.get(USER);
            MDC.put(USER, authentication.getName());
            try {
                chain.doFilter(request, response);
            } finally {
                restore(USER, before);
            }
        }
    }

    private static void restore(String key, String before) {
        if (before == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, before);
        }
    }
}
