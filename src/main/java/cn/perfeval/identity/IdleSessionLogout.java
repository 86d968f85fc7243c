package cn.perfeval.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a portal session after the session timeout without user activity. Vaadin's heartbeats
 * (an open tab says every few minutes that it is still there) keep the HTTP session from expiring
 * and do not count as activity; Vaadin's {@code closeIdleSessions} then closes the tab's UI but
 * leaves the sign-in in the HTTP session. This filter, in front of the security context, signs the
 * user out: the next request of an idle session finds it invalidated.
 */
class IdleSessionLogout extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = IdleSessionLogout.class.getName() + ".lastActivity";

    private final Clock clock;
    private final Duration timeout;

    /** The timeout is the one the servlet container gives sessions ({@code server.servlet.session.timeout}). */
    IdleSessionLogout(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Instant now = clock.instant();
            Object last = session.getAttribute(LAST_ACTIVITY);
            if (last instanceof Instant lastActivity && !now.isBefore(lastActivity.plus(timeout))) {
                session.invalidate();
            } else if (!isHeartbeat(request) || last == null) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
    }

    /** Vaadin's "still open" signal of a tab ({@code ?v-r=heartbeat}); read from the query alone, never from a body. */
    static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            if (parameter.equals("v-r=heartbeat")) {
                return true;
            }
        }
        return false;
    }
}
