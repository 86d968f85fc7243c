package cn.perfeval.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The cause of the login bounce: a request that left the browser with the session id of the
 * login page before the login's answer arrived (the service worker precaching {@code /} and
 * {@code /offline-stub.html}, the web manifest, a page the service worker follows a redirect to)
 * reaches the server after the login has given the session a new id. The old id no longer
 * exists, so the server made a new anonymous session for it and answered with its cookie, which
 * replaced the signed-in session's cookie in the browser: the next page was the login page again,
 * with empty fields, although the login had succeeded.
 *
 * <p>Such a request now gets no session: a page the browser navigates to is sent to the same
 * address again (the browser then sends the signed-in cookie), anything else is answered
 * {@code 409} without a session. Vaadin's own requests pass: Vaadin answers them "session
 * expired" without making a session.
 */
class StaleSessionGuard extends OncePerRequestFilter {

    private final LoginRotatedSessions rotated;

    StaleSessionGuard(LoginRotatedSessions rotated) {
        this.rotated = rotated;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requested = request.getRequestedSessionId();
        if (requested == null || request.isRequestedSessionIdValid() || isVaadinMessage(request)
                || !rotated.replacedByLogin(requested)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if ("navigate".equals(request.getHeader("Sec-Fetch-Mode"))) {
            String query = request.getQueryString();
            String again = "GET".equals(request.getMethod())
                    ? request.getRequestURI() + (query == null ? "" : "?" + query)
                    : request.getContextPath() + "/";
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(HttpHeaders.LOCATION, again);
            return;
        }
        response.setStatus(HttpStatus.CONFLICT.value());
    }

    /** A Vaadin UI message or heartbeat ({@code ?v-r=uidl}, {@code ?v-r=heartbeat}), read from the query alone. */
    static boolean isVaadinMessage(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            if (parameter.equals("v-r=uidl") || parameter.equals("v-r=heartbeat")) {
                return true;
            }
        }
        return false;
    }
}
