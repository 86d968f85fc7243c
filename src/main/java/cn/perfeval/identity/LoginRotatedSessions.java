package cn.perfeval.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.authentication.session.SessionFixationProtectionEvent;
import org.springframework.stereotype.Component;

/**
 * The session ids a login has just replaced (session fixation protection gives the signed-in
 * session a new id). Requests that left the browser with the old id before the login's answer
 * arrived still come in for a moment; {@link StaleSessionGuard} keeps them from being handed a
 * fresh anonymous session whose cookie would replace the signed-in one.
 */
@Component
class LoginRotatedSessions {

    /** Long enough for every request the login page had in flight; short enough to stay small. */
    static final Duration REMEMBERED = Duration.ofMinutes(2);
    private static final int MAX = 10_000;

    private final Clock clock;
    private final Map<String, Instant> replaced = new LinkedHashMap<>();

    LoginRotatedSessions(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    void on(SessionFixationProtectionEvent event) {
        remember(event.getOldSessionId());
    }

    synchronized void remember(String oldSessionId) {
        forgetExpired();
        replaced.put(oldSessionId, clock.instant().plus(REMEMBERED));
        if (replaced.size() > MAX) {
            Iterator<String> oldest = replaced.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    /** Whether a login replaced this session id a moment ago. */
    synchronized boolean replacedByLogin(String sessionId) {
        forgetExpired();
        return sessionId != null && replaced.containsKey(sessionId);
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        replaced.values().removeIf(until -> !until.isAfter(now));
    }
}
