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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * One department's report of one year and kind, with every part of the document in tables of its
 * own. Figures are in yuan. A list part that the document did not have is told from an empty one
 * by its {@code ...Present} flag; a one-row part (三公经费, assets, the scoring head) is absent when
 * its row is. {@code pendingParts} is only read once, to move the parts that earlier versions
 * kept as JSON into their tables.
 */
@Entity
@Audited
@Table(name = "report")
@SecondaryTable(name = ReportParts.THREE_PUBLIC_TABLE, pkJoinColumns = @PrimaryKeyJoinColumn(name = "report_id"))
@SecondaryTable(name = ReportParts.ASSETS_TABLE, pkJoinColumns = @PrimaryKeyJoinColumn(name = "report_id"))
@SecondaryTable(name = ReportParts.SCORING_TABLE, pkJoinColumns = @PrimaryKeyJoinColumn(name = "report_id"))
class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long departmentId;

    @Column(name = "report_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private ReportKind kind;

    /** The project a project or transfer-payment report is of; blank for a department's overall report. */
    private String projectName = "";

    /** The project name as compared ({@link ProjectNames#key}): part of the report's unique key. */
    @NotAudited
    private String projectKey = "";

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

    // The long texts are bound as strings: TEXT on PostgreSQL, never a large object (decision 0034),
    // CLOB on H2 and LONGTEXT on MySQL/MariaDB.
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String duties;
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
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

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String narrative;
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String conclusion;
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String problems;
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String suggestions;
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String resultUse;
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "publication_text")
    private String publication;
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @NotAudited
    private String pendingParts;

    @ElementCollection
    @CollectionTable(name = "report_budget_line", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "row_no")
    private List<ReportParts.BudgetRow> budget = new ArrayList<>();
    private boolean budgetPresent;

    @Embedded
    private ReportParts.ThreePublicPart threePublicExpenses;

    @Embedded
    private ReportParts.AssetsPart assets;

    @ElementCollection
    @CollectionTable(name = "report_indicator", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "row_no")
    private List<ReportParts.IndicatorRow> indicators = new ArrayList<>();
    private boolean indicatorsPresent;

    @ElementCollection
    @CollectionTable(name = "report_project", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "row_no")
    private List<ReportParts.ProjectRow> projects = new ArrayList<>();
    private boolean projectsPresent;

    @ElementCollection
    @CollectionTable(name = "report_project_indicator", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "row_no")
    private List<ReportParts.ProjectIndicatorRow> projectIndicators = new ArrayList<>();

    @Embedded
    private ReportParts.ScoringPart scoring;

    @ElementCollection
    @CollectionTable(name = "report_scoring_item", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "row_no")
    private List<ReportParts.ScoringItemRow> scoringItems = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "report_scoring_item_level", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "row_no")
    private List<ReportParts.ScoringLevelRow> scoringLevels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "report_scoring_deduction", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "row_no")
    private List<ReportParts.DeductionRow> deductions = new ArrayList<>();

    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;

    /**
     * Whether a parent code row takes the sum of its children as the drafter types a child's amount
     * (decision 0029): a setting of the page, not of the content, so neither versioned with it nor
     * kept in its history. Off for a new report, imported or started.
     */
    @NotAudited
    private boolean autoSum;
    private Instant publishedAt;
    private Instant approvedAt;
    private Instant publicationScheduledFor;

    protected Report() {
    }

    Report(long departmentId, int year, ReportKind kind, String projectName, MoneyUnit unit, String user,
            Instant now) {
        this.departmentId = departmentId;
        this.year = year;
        this.kind = kind;
        this.projectName = kind == ReportKind.DEPARTMENT_OVERALL ? "" : ProjectNames.display(projectName);
        this.projectKey = ProjectNames.key(this.projectName);
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
        replace(this.income, income);
        replace(this.expenditure, expenditure);
        this.totals = totals;
    }

    void setTexts(String narrative, String conclusion, String problems, String suggestions, String resultUse,
            String publication) {
        this.narrative = narrative;
        this.conclusion = conclusion;
        this.problems = problems;
        this.suggestions = suggestions;
        this.resultUse = resultUse;
        this.publication = publication;
    }

    /** Clears the JSON of earlier versions once its parts are in their tables. */
    void clearPendingParts() {
        this.pendingParts = null;
    }

    /** The budget lines; {@code null} when the document has no such part. */
    void setBudget(List<ReportParts.BudgetRow> lines) {
        replace(budget, lines);
        budgetPresent = lines != null;
    }

    void setThreePublicExpenses(ReportParts.ThreePublicPart part) {
        this.threePublicExpenses = part;
    }

    void setAssets(ReportParts.AssetsPart part) {
        this.assets = part;
    }

    /** The report's own indicator table; {@code null} when the document has none. */
    void setIndicators(List<ReportParts.IndicatorRow> rows) {
        replace(indicators, rows);
        indicatorsPresent = rows != null;
    }

    /** The projects and the rows of their indicator tables; {@code null} projects when the document has none. */
    void setProjects(List<ReportParts.ProjectRow> rows, List<ReportParts.ProjectIndicatorRow> indicatorRows) {
        replace(projects, rows);
        replace(projectIndicators, indicatorRows);
        projectsPresent = rows != null;
    }

    /** The scoring table: its head ({@code null} when absent), items with their paths, and deductions. */
    void setScoring(ReportParts.ScoringPart head, List<ReportParts.ScoringItemRow> items,
            List<ReportParts.ScoringLevelRow> levels, List<ReportParts.DeductionRow> deductionRows) {
        this.scoring = head;
        replace(scoringItems, items);
        replace(scoringLevels, levels);
        replace(deductions, deductionRows);
    }

    /**
     * Replaces the rows of a stored list, row by row where they are equal, so an unchanged row is
     * not written again (and does not show as a change in the history).
     */
    private static <T> void replace(List<T> stored, List<T> rows) {
        List<T> next = rows == null ? List.of() : rows;
        for (int i = 0; i < next.size(); i++) {
            if (i < stored.size()) {
                if (!stored.get(i).equals(next.get(i))) {
                    stored.set(i, next.get(i));
                }
            } else {
                stored.add(next.get(i));
            }
        }
        while (stored.size() > next.size()) {
            stored.removeLast();
        }
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

    String getProjectName() {
        return projectName;
    }

    String getProjectKey() {
        return projectKey;
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

    String getNarrative() {
        return narrative;
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

    boolean isAutoSum() {
        return autoSum;
    }

    String getPendingParts() {
        return pendingParts;
    }

    List<ReportParts.BudgetRow> getBudget() {
        return budgetPresent ? budget : null;
    }

    ReportParts.ThreePublicPart getThreePublicExpenses() {
        return threePublicExpenses == null || !threePublicExpenses.present() ? null : threePublicExpenses;
    }

    ReportParts.AssetsPart getAssets() {
        return assets == null || !assets.present() ? null : assets;
    }

    List<ReportParts.IndicatorRow> getIndicators() {
        return indicatorsPresent ? indicators : null;
    }

    List<ReportParts.ProjectRow> getProjects() {
        return projectsPresent ? projects : null;
    }

    List<ReportParts.ProjectIndicatorRow> getProjectIndicators() {
        return projectIndicators;
    }

    ReportParts.ScoringPart getScoring() {
        return scoring == null || !scoring.present() ? null : scoring;
    }

    List<ReportParts.ScoringItemRow> getScoringItems() {
        return scoringItems;
    }

    List<ReportParts.ScoringLevelRow> getScoringLevels() {
        return scoringLevels;
    }

    List<ReportParts.DeductionRow> getDeductions() {
        return deductions;
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
