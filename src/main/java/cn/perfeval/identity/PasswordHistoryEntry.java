package cn.perfeval.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A password a user has had (its hash only), so that the latest ones are not used again. */
@Entity
@Table(name = "password_history")
class PasswordHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;
    private String passwordHash;
    private Instant createdAt;

    protected PasswordHistoryEntry() {
    }

    PasswordHistoryEntry(Long userId, String passwordHash, Instant createdAt) {
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }
}
