package cn.perfeval.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal access token for the REST API: its owner, name and expiry, the public selector that
 * finds the row, and the SHA-256 of the whole token. The token itself is never stored.
 */
@Entity
@Table(name = "access_token")
class AccessToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private AppUser user;

    private String name;

    private String selector;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private Instant revokedAt;

    private Instant lastUsedAt;

    private String lastUsedAddress;

    protected AccessToken() {
    }

    AccessToken(AppUser user, String name, String selector, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.user = user;
        this.name = name;
        this.selector = selector;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long getId() {
        return id;
    }

    AppUser getUser() {
        return user;
    }

    String getName() {
        return name;
    }

    String getTokenHash() {
        return tokenHash;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    String getLastUsedAddress() {
        return lastUsedAddress;
    }

    /** Whether the token lets its owner in at the given time: neither revoked nor expired. */
    boolean isValidAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    AccessTokenInfo info(Instant now) {
        AccessTokenInfo.Status status = revokedAt != null ? AccessTokenInfo.Status.REVOKED
                : expiresAt.isAfter(now) ? AccessTokenInfo.Status.ACTIVE : AccessTokenInfo.Status.EXPIRED;
        return new AccessTokenInfo(id, name, createdAt, expiresAt, status, revokedAt, lastUsedAt, lastUsedAddress);
    }
}
