package cn.perfeval.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One department's report of one year and kind. Figures are in yuan; the parts not yet modelled
 * in their own tables travel as the document's JSON in {@code pendingParts}, unchanged.
 */
@Entity
@Table(name = "report")
class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long departmentId;

    @Column(name = "report_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private ReportKind kind;

    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.DRAFTING;

    @Column(name = "round_no")
    private int round = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_unit")
    private MoneyUnit unit;

    @Version
    private long version;

    private String departmentType;
    private Integer staffingAuthorized;
    private Integer staffingActual;
    private Integer staffingRetired;

    @Lob
    private String duties;
    @Lob
    private String mainTasks;

    @ElementCollection
    @CollectionTable(name = "report_income_row", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "row_no")
    private List<IncomeRow> income = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "report_expenditure_row", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "row_no")
    private List<ExpenditureRow> expenditure = new ArrayList<>();

    @Embedded
    private StatedTotals totals;

    @Lob
    private String conclusion;
    @Lob
    private String problems;
    @Lob
    private String suggestions;
    @Lob
    private String resultUse;
    @Lob
    @Column(name = "publication_text")
    private String publication;
    @Lob
    private String pendingParts;

    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;
    private Instant publishedAt;
    private Instant approvedAt;
    private Instant publicationScheduledFor;

    protected Report() {
    }

    Report(long departmentId, int year, ReportKind kind, MoneyUnit unit, String user, Instant now) {
        this.departmentId = departmentId;
        this.year = year;
        this.kind = kind;
        this.unit = unit;
        this.createdAt = now;
        touch(user, now);
    }

    void touch(String user, Instant now) {
        this.updatedBy = user;
        this.updatedAt = now;
    }

    void setBasicInfo(String departmentType, Integer authorized, Integer actual, Integer retired, String duties,
            String mainTasks) {
        this.departmentType = departmentType;
        this.staffingAuthorized = authorized;
        this.staffingActual = actual;
        this.staffingRetired = retired;
        this.duties = duties;
        this.mainTasks = mainTasks;
    }

    void setTables(List<IncomeRow> income, List<ExpenditureRow> expenditure, StatedTotals totals) {
        this.income.clear();
        this.income.addAll(income);
        this.expenditure.clear();
        this.expenditure.addAll(expenditure);
        this.totals = totals;
    }

    void setTexts(String conclusion, String problems, String suggestions, String resultUse, String publication) {
        this.conclusion = conclusion;
        this.problems = problems;
        this.suggestions = suggestions;
        this.resultUse = resultUse;
        this.publication = publication;
    }

    void setPendingParts(String json) {
        this.pendingParts = json;
    }

    void moveTo(ReportStatus next, boolean newRound, Instant now) {
        if (newRound) {
            round++;
        }
        if (next == ReportStatus.APPROVED && status != ReportStatus.APPROVED) {
            approvedAt = now;
        }
        if (next == ReportStatus.PUBLISHED) {
            publishedAt = now;
            publicationScheduledFor = null;
        }
        status = next;
    }

    void schedulePublication(Instant at) {
        publicationScheduledFor = at;
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

    ReportStatus getStatus() {
        return status;
    }

    int getRound() {
        return round;
    }

    MoneyUnit getUnit() {
        return unit;
    }

    long getVersion() {
        return version;
    }

    String getDepartmentType() {
        return departmentType;
    }

    Integer getStaffingAuthorized() {
        return staffingAuthorized;
    }

    Integer getStaffingActual() {
        return staffingActual;
    }

    Integer getStaffingRetired() {
        return staffingRetired;
    }

    String getDuties() {
        return duties;
    }

    String getMainTasks() {
        return mainTasks;
    }

    List<IncomeRow> getIncome() {
        return income;
    }

    List<ExpenditureRow> getExpenditure() {
        return expenditure;
    }

    StatedTotals getTotals() {
        return totals;
    }

    String getConclusion() {
        return conclusion;
    }

    String getProblems() {
        return problems;
    }

    String getSuggestions() {
        return suggestions;
    }

    String getResultUse() {
        return resultUse;
    }

    String getPublication() {
        return publication;
    }

    String getPendingParts() {
        return pendingParts;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Instant getApprovedAt() {
        return approvedAt;
    }

    Instant getPublicationScheduledFor() {
        return publicationScheduledFor;
    }
}
