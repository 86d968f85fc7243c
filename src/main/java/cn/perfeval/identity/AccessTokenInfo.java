package cn.perfeval.identity;

import java.time.Instant;

/** One of the signed-in user's access tokens as they see it: never the token itself. */
public record AccessTokenInfo(Long id, String name, Instant createdAt, Instant expiresAt, Status status,
        Instant revokedAt, Instant lastUsedAt, String lastUsedAddress) {

    public enum Status {
        /** Lets its owner call the API until it expires. */
        ACTIVE,
        /** Past its expiry date. */
        EXPIRED,
        /** Revoked by its owner. */
        REVOKED
    }
}
