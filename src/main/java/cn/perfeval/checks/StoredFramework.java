package cn.perfeval.checks;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A scoring framework as stored: its name and its JSON definition. */
@Entity
@Table(name = "scoring_framework")
class StoredFramework {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Lob
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

    void define(String definition, String user, Instant now) {
        this.definition = definition;
        this.updatedBy = user;
        this.updatedAt = now;
    }

    String getName() {
        return name;
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
