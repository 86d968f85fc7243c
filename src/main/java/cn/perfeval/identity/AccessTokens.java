package cn.perfeval.identity;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.identity.AccessTokenEvents.TokenCreated;
import cn.perfeval.identity.AccessTokenEvents.TokenRevoked;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's personal access tokens for the REST API: create one (named, with an
 * expiry; the token is shown this once), list them (never the token), revoke one. A token carries
 * its owner's rights as they are at each call. A token cannot create another: that takes the
 * password (a signed-in session or HTTP Basic), so a stolen token cannot outlive its expiry.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccessTokens {

    /** Longest name of a token. */
    public static final int MAX_NAME_LENGTH = 64;
    /** Longest validity of a token, in days. */
    public static final int MAX_DAYS = 365;

    private final AccessTokenRepository tokens;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts;

    AccessTokens(AccessTokenRepository tokens, AppUserRepository users, CurrentUser currentUser,
            ApplicationEventPublisher publisher, Clock clock, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.tokens = tokens;
        this.users = users;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * A new token for the signed-in user, valid for the given days; every problem is listed
     * ({@code name}, {@code expiresInDays}) and nothing is stored while there is one.
     */
    public NewAccessToken create(String name, Integer expiresInDays) {
        if (contexts.getContext().getAuthentication() instanceof AccessTokenAuthentication) {
            throw new AccessDeniedException("a token cannot create another token");
        }
        String trimmed = name == null ? "" : name.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (trimmed.isEmpty()) {
            problems.add(FieldProblem.of("name", "error.token.name-required"));
        } else if (trimmed.length() > MAX_NAME_LENGTH) {
            problems.add(FieldProblem.of("name", "error.token.name-too-long", MAX_NAME_LENGTH));
        }
        if (expiresInDays == null) {
            problems.add(FieldProblem.of("expiresInDays", "error.token.days-required", MAX_DAYS));
        } else if (expiresInDays < 1 || expiresInDays > MAX_DAYS) {
            problems.add(FieldProblem.of("expiresInDays", "error.token.days-range", MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AppUser user = me();
        // To the second: what the creation answers is exactly what every database keeps.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        TokenSecret secret = TokenSecret.generate();
        AccessToken token = tokens.save(new AccessToken(user, trimmed, secret.selector(), secret.hash(), now,
                now.plus(Duration.ofDays(expiresInDays))));
        publisher.publishEvent(new TokenCreated(user.getUsername(), token.getId(), trimmed, token.getExpiresAt()));
        return new NewAccessToken(token.getId(), trimmed, secret.token(), token.getExpiresAt());
    }

    /** The signed-in user's tokens, newest first, revoked and expired ones included; never the token itself. */
    @Transactional(readOnly = true)
    public List<AccessTokenInfo> mine() {
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByCreatedAtDescIdDesc(currentUser.require().userId()).stream()
                .map(t -> t.info(now)).toList();
    }

    /** Revokes one of the signed-in user's tokens at once; another user's token is not found (404). */
    public AccessTokenInfo revoke(long id) {
        UserScope me = currentUser.require();
        AccessToken token = tokens.findByIdAndUserId(id, me.userId())
                .orElseThrow(() -> new NotFoundException("error.token.not-found", id));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (token.getRevokedAt() == null) {
            token.revoke(now);
            publisher.publishEvent(new TokenRevoked(me.username(), token.getId(), token.getName()));
        }
        return token.info(now);
    }

    private AppUser me() {
        String username = currentUser.require().username();
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("No account " + username));
    }
}
