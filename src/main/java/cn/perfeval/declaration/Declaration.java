package cn.perfeval.declaration;

import cn.perfeval.report.ProjectNames;
import cn.perfeval.report.ReportKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One declaration of a department, year, kind and project ({@code ""} for the overall one): its
 * status on the route; its documents are its {@link DeclarationVersion}s.
 */
@Entity
@Table(name = "declaration")
class Declaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long departmentId;

    @Column(name = "declaration_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private ReportKind kind;

    private String projectName = "";

    /** The project name as compared ({@link ProjectNames#key}): part of the unique key. */
    private String projectKey = "";

    @Enumerated(EnumType.STRING)
    private DeclarationStatus status = DeclarationStatus.DRAFTING;

    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;

    @Version
    private long version;

    protected Declaration() {
    }

    Declaration(long departmentId, int year, ReportKind kind, String projectName, String user, Instant now) {
        this.departmentId = departmentId;
        this.year = year;
        this.kind = kind;
        this.projectName = kind == ReportKind.DEPARTMENT_OVERALL ? "" : ProjectNames.display(projectName);
        this.projectKey = ProjectNames.key(this.projectName);
        this.createdBy = user;
        this.createdAt = now;
        touch(user, now);
    }

    void touch(String user, Instant now) {
        this.updatedBy = user;
        this.updatedAt = now;
    }

    void moveTo(DeclarationStatus to) {
        this.status = to;
    }

    Long getId() {
        return id;
    }

    long getDepartmentId() {
        return departmentId;
    }

    int getYear() {
        return year;
    }

    ReportKind getKind() {
        return kind;
    }

    String getProjectName() {
        return projectName;
    }

    String getProjectKey() {
        return projectKey;
    }

    DeclarationStatus getStatus() {
        return status;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
