package cn.perfeval.identity;

import cn.perfeval.identity.AccessTokenEvents.TokenUsedFromNewAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a bearer token: one read of the token with its owner, a SHA-256 compared in constant
 * time, then the same account checks as a password login (locked, disabled) on the owner loaded
 * as for a password login. A use from an address other than the last one is written down (and
 * audited); otherwise a use writes at most once an hour, so that an API call needs no write
 * transaction.
 */
@Component
class AccessTokenAuthenticator {

    /** How stale the recorded last use may get before a call writes it again. */
    static final Duration LAST_USE_GRANULARITY = Duration.ofHours(1);

    private final AccessTokenRepository tokens;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final TransactionTemplate read;
    private final TransactionTemplate write;
    private final AccountStatusUserDetailsChecker accountChecks = new AccountStatusUserDetailsChecker();

    AccessTokenAuthenticator(AccessTokenRepository tokens, ApplicationEventPublisher publisher, Clock clock,
            PlatformTransactionManager transactions) {
        this.tokens = tokens;
        this.publisher = publisher;
        this.clock = clock;
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
        this.write = new TransactionTemplate(transactions);
    }

    /**
     * The authentication for a bearer token used from the given address; refuses an unknown,
     * revoked or expired token ({@link BadCredentialsException}, {@link CredentialsExpiredException})
     * and a locked or disabled account, as a password login would.
     */
    AccessTokenAuthentication authenticate(String token, String address) throws AuthenticationException {
        String selector = TokenSecret.selectorOf(token);
        if (selector == null) {
            throw new BadCredentialsException("error.token.invalid");
        }
        Instant now = clock.instant();
        Loaded loaded = read.execute(status -> tokens.findBySelector(selector)
                .map(t -> new Loaded(t.getId(), t.getName(), t.getTokenHash(), t.getRevokedAt() != null,
                        t.getExpiresAt(), t.getLastUsedAt(), t.getLastUsedAddress(), new PortalUser(t.getUser(), now)))
                .orElse(null));
        if (loaded == null || !TokenSecret.matches(token, loaded.hash())) {
            throw new BadCredentialsException("error.token.invalid");
        }
        if (loaded.revoked()) {
            throw new BadCredentialsException("error.token.revoked");
        }
        if (!loaded.expiresAt().isAfter(now)) {
            throw new CredentialsExpiredException("error.token.expired");
        }
        accountChecks.check(loaded.user());
        boolean newAddress = !Objects.equals(address, loaded.lastUsedAddress());
        if (newAddress || loaded.lastUsedAt() == null || loaded.lastUsedAt().plus(LAST_USE_GRANULARITY).isBefore(now)) {
            write.executeWithoutResult(status -> {
                tokens.noteUse(loaded.id(), now.truncatedTo(ChronoUnit.MICROS), address);
                if (newAddress) {
                    publisher.publishEvent(new TokenUsedFromNewAddress(loaded.user().getUsername(), loaded.id(),
                            loaded.name(), address, loaded.lastUsedAddress()));
                }
            });
        }
        return new AccessTokenAuthentication(loaded.user(), loaded.id());
    }

    private record Loaded(long id, String name, String hash, boolean revoked, Instant expiresAt, Instant lastUsedAt,
            String lastUsedAddress, PortalUser user) {
    }
}
