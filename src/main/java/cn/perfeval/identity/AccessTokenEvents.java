package cn.perfeval.identity;

import java.time.Instant;

/** Domain events of personal access tokens, for the audit log. */
public final class AccessTokenEvents {

    private AccessTokenEvents() {
    }

    /** The user created a token, valid until the given time. */
    public record TokenCreated(String username, long tokenId, String name, Instant expiresAt) {
    }

    /** The token was used from an address other than the last one it was used from (or for the first time). */
    public record TokenUsedFromNewAddress(String username, long tokenId, String name, String address,
            String previousAddress) {
    }

    /** The user revoked one of their tokens. */
    public record TokenRevoked(String username, long tokenId, String name) {
    }
}
