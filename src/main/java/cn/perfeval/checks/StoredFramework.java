package cn.perfeval.checks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A scoring framework as stored: its name, its stable key and its JSON definition. */
@Entity
@Table(name = "scoring_framework")
class StoredFramework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "framework_key")
    private String key;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String definition;

    @Version
    private long version;

    private Instant updatedAt;
    private String updatedBy;

    protected StoredFramework() {
    }

    StoredFramework(String name) {
        this.name = name;
    }

    void define(String definition, String key, String user, Instant now) {
        this.definition = definition;
        if (key != null) {
            this.key = key;
        }
        this.updatedBy = user;
        this.updatedAt = now;
    }

    String getName() {
        return name;
    }

    /** The stable ASCII key, {@code null} for a framework loaded without one. */
    String getKey() {
        return key;
    }

    String getDefinition() {
        return definition;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
