package cn.perfeval.monitoring;

import cn.perfeval.report.MoneyUnit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A department's (or one of its projects') monitoring report in a round: lines of budget items and
 * projects in yuan, and indicators with their progress. The unit it came in is kept for export.
 */
@Entity
@Table(name = "monitoring_report")
class MonitoringReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long roundId;
    private long departmentId;
    /** The project's name; blank for the department as a whole. */
    private String project;

    @Enumerated(EnumType.STRING)
    private MoneyUnit unit;

    @Enumerated(EnumType.STRING)
    private MonitoringStatus status = MonitoringStatus.DRAFTING;

    @Version
    private long version;

    private Instant draftedAt;
    private String draftedBy;
    private Instant submittedAt;
    private String submittedBy;

    @ElementCollection
    @CollectionTable(name = "monitoring_report_line", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "row_index")
    private List<Line> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "monitoring_report_indicator", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "row_index")
    private List<IndicatorRow> indicators = new ArrayList<>();

    protected MonitoringReport() {
    }

    MonitoringReport(long roundId, long departmentId, String project) {
        this.roundId = roundId;
        this.departmentId = departmentId;
        this.project = project;
    }

    /** Takes the document's lines and indicators (money in yuan) and goes back to drafting. */
    void draft(MoneyUnit unit, List<Line> lines, List<IndicatorRow> indicators, String by, Instant at) {
        this.unit = unit;
        this.lines.clear();
        this.lines.addAll(lines);
        this.indicators.clear();
        this.indicators.addAll(indicators);
        this.status = MonitoringStatus.DRAFTING;
        this.draftedBy = by;
        this.draftedAt = at;
        this.submittedAt = null;
        this.submittedBy = null;
    }

    void submit(String by, Instant at) {
        this.status = MonitoringStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    Long getId() {
        return id;
    }

    long getRoundId() {
        return roundId;
    }

    long getDepartmentId() {
        return departmentId;
    }

    String getProject() {
        return project;
    }

    MoneyUnit getUnit() {
        return unit;
    }

    MonitoringStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    Instant getDraftedAt() {
        return draftedAt;
    }

    String getDraftedBy() {
        return draftedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    List<Line> getLines() {
        return lines;
    }

    List<IndicatorRow> getIndicators() {
        return indicators;
    }

    /** A budget item ({@code BUDGET}) or a project ({@code PROJECT}), in yuan. */
    @Embeddable
    static class Line {

        private String kind;
        private String name;
        private BigDecimal budget;
        private BigDecimal executed;

        protected Line() {
        }

        Line(String kind, String name, BigDecimal budget, BigDecimal executed) {
            this.kind = kind;
            this.name = name;
            this.budget = budget;
            this.executed = executed;
        }

        String kind() {
            return kind;
        }

        String name() {
            return name;
        }

        BigDecimal budget() {
            return budget;
        }

        BigDecimal executed() {
            return executed;
        }
    }

    /** An indicator with its progress. */
    @Embeddable
    static class IndicatorRow {

        private String project;
        private String level1;
        private String level2;
        private String name;
        private String target;
        @Enumerated(EnumType.STRING)
        @Column(name = "progress")
        private Progress progress;
        private String reason;
        private String measure;

        protected IndicatorRow() {
        }

        IndicatorRow(MonitoringDocument.Indicator i) {
            this.project = blankToNull(i.project());
            this.level1 = blankToNull(i.level1());
            this.level2 = blankToNull(i.level2());
            this.name = i.name().strip();
            this.target = blankToNull(i.target());
            this.progress = i.progress();
            this.reason = blankToNull(i.reason());
            this.measure = blankToNull(i.measure());
        }

        MonitoringDocument.Indicator toDocument() {
            return new MonitoringDocument.Indicator(project, level1, level2, name, target, progress, reason, measure);
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
