package cn.perfeval.monitoring;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.Formats;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.checks.ApprovedTargets;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.UserScope;
import cn.perfeval.monitoring.MonitoringEvents.ReportDrafted;
import cn.perfeval.monitoring.MonitoringEvents.ReportSubmitted;
import cn.perfeval.monitoring.MonitoringEvents.RoundOpened;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring rounds and the departments' monitoring reports in them (decision 0038). The
 * administrator opens rounds; a department's drafter stores its report (one per department, or
 * per project, in a round) and submits it; a report is seen by its department, the finance
 * reviewers of its region and the administrator, and is not found by anyone else.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'DRAFTER', 'BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
public class MonitoringService {

    /** The longest name (budget item, project, indicator) a report stores. */
    static final int NAME_LENGTH = 200;
    /** The longest text (target, reason, measure) a report stores. */
    static final int TEXT_LENGTH = 2000;
    private static final BigDecimal LIMIT = new BigDecimal("10000000000000000");

    private final MonitoringRoundRepository rounds;
    private final MonitoringReportRepository reports;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final ObjectProvider<ApprovedTargets> approvedTargets;

    MonitoringService(MonitoringRoundRepository rounds, MonitoringReportRepository reports, Directory directory,
            CurrentUser currentUser, ApplicationEventPublisher publisher, Clock clock,
            ObjectProvider<ApprovedTargets> approvedTargets) {
        this.rounds = rounds;
        this.reports = reports;
        this.directory = directory;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
        this.approvedTargets = approvedTargets;
    }

    /**
     * A round as the drafter's department stands in it: its own report of the department as a whole
     * (null before the first save), and whether that report can still be changed (not once submitted
     * and the due date has passed).
     */
    public record DepartmentRound(MonitoringRoundInfo round, Long reportId, MonitoringStatus status,
            boolean changeable) {
    }

    /**
     * What the drafter's monitoring report screen opens with (decision 0043): the department's stored
     * report of the round, or, before the first save, a document prefilled from the approved target
     * declarations of the department and the round's year.
     *
     * @param report the stored report with its findings, null before the first save
     * @param document the stored report's document, or the prefilled one
     * @param prefilledFrom the approved declarations the prefilled document was made from (empty for a stored one)
     * @param changeable whether the report can still be saved and submitted
     */
    public record DepartmentReport(MonitoringRoundInfo round, String department, MonitoringReportInfo report,
            MonitoringDocument document, List<ApprovedTargets.Approval> prefilledFrom, boolean changeable) {
    }

    /** Every round with the drafter's department's own report in it, newest first. */
    @PreAuthorize("hasRole('DRAFTER')")
    @Transactional(readOnly = true)
    public List<DepartmentRound> departmentRounds() {
        long department = ownDepartment().id();
        return rounds.findAllByOrderByYearDescCutOffDescIdDesc().stream().map(round -> {
            var report = reports.findByRoundIdAndDepartmentIdAndProject(round.getId(), department, "");
            MonitoringStatus status = report.map(MonitoringReport::getStatus).orElse(null);
            return new DepartmentRound(round.info(), report.map(MonitoringReport::getId).orElse(null), status,
                    !(status == MonitoringStatus.SUBMITTED && pastDue(round)));
        }).toList();
    }

    /**
     * The drafter's department's report of the round as a whole, stored or prefilled: the indicators
     * and targets of the department's approved declarations of the round's year (its overall one's
     * as the department's own, each project's and transfer payment's under the project's name, with
     * a project line for each), progress, reason, measure and the amounts left to the drafter.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    @Transactional(readOnly = true)
    public DepartmentReport departmentReport(long roundId) {
        MonitoringRound round = find(roundId);
        DepartmentInfo department = ownDepartment();
        var stored = reports.findByRoundIdAndDepartmentIdAndProject(roundId, department.id(), "");
        boolean changeable = !(stored.isPresent() && stored.get().getStatus() == MonitoringStatus.SUBMITTED
                && pastDue(round));
        if (stored.isPresent()) {
            MonitoringReportInfo info = info(stored.get(), round, department);
            return new DepartmentReport(round.info(), department.name(), info, info.document(), List.of(),
                    changeable);
        }
        List<ApprovedTargets.Approval> approvals = new ArrayList<>();
        List<MonitoringDocument.Line> projects = new ArrayList<>();
        List<MonitoringDocument.Indicator> indicators = new ArrayList<>();
        ApprovedTargets source = approvedTargets.getIfAvailable();
        if (source != null) {
            List<ApprovedTargets.Approval> found = new ArrayList<>(source.approvedIn(department.id(), round.getYear()));
            // The department's own targets first, then its projects' in the order of their names.
            found.sort(Comparator.comparing((ApprovedTargets.Approval a) -> a.kind() != ReportKind.DEPARTMENT_OVERALL)
                    .thenComparing(ApprovedTargets.Approval::projectName));
            for (ApprovedTargets.Approval approval : found) {
                var targets = source.approved(department.id(), round.getYear(), approval.kind(),
                        approval.projectName());
                if (targets.isEmpty()) {
                    continue;
                }
                approvals.add(approval);
                String project = approval.kind() == ReportKind.DEPARTMENT_OVERALL ? null
                        : approval.projectName().strip();
                if (project != null) {
                    projects.add(new MonitoringDocument.Line(project, null, null));
                }
                targets.get().indicators().forEach(i -> indicators.add(new MonitoringDocument.Indicator(project,
                        i.level1(), i.level2(), i.name(), i.target(), null, null, null)));
            }
        }
        MonitoringDocument prefilled = new MonitoringDocument(MonitoringDocument.FORMAT_VERSION, round.getYear(),
                MoneyUnit.YUAN, new MonitoringDocument.Department(department.name()), null, List.of(), projects,
                indicators);
        return new DepartmentReport(round.info(), department.name(), null, prefilled, List.copyOf(approvals),
                changeable);
    }

    private DepartmentInfo ownDepartment() {
        UserScope user = currentUser.require();
        if (user.departmentId() == null) {
            throw new ActionRefusedException("error.monitoring.no-department");
        }
        return directory.department(user.departmentId());
    }

    /** What storing a document did: the report, and whether it was new (else it replaced the earlier one). */
    public record Drafted(MonitoringReportInfo report, boolean created) {
    }

    /**
     * Opens a monitoring round: a year, a name unique in that year, the cut-off date of the figures
     * (within the year) and an optional due date (not before the cut-off).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public MonitoringRoundInfo openRound(int year, String name, LocalDate cutOff, LocalDate dueDate) {
        List<FieldProblem> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add(FieldProblem.of("year", "error.round.year", year));
        }
        if (name == null || name.isBlank()) {
            problems.add(FieldProblem.of("name", "error.round.name-required"));
        } else if (name.strip().length() > NAME_LENGTH) {
            problems.add(FieldProblem.of("name", "error.monitoring.too-long", NAME_LENGTH));
        }
        if (cutOff == null) {
            problems.add(FieldProblem.of("cutOff", "error.monitoring.cut-off-required"));
        } else if (cutOff.getYear() != year) {
            problems.add(FieldProblem.of("cutOff", "error.monitoring.cut-off-year", cutOff.toString(), year));
        }
        if (dueDate != null && cutOff != null && dueDate.isBefore(cutOff)) {
            problems.add(FieldProblem.of("dueDate", "error.monitoring.due-before-cut-off", dueDate.toString(),
                    cutOff.toString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (rounds.existsByYearAndName(year, name.strip())) {
            throw new ActionRefusedException("error.monitoring.round-exists", year, name.strip());
        }
        String by = currentUser.require().username();
        MonitoringRound round = rounds.saveAndFlush(new MonitoringRound(year, name.strip(), cutOff, dueDate, by,
                storedNow()));
        publisher.publishEvent(new RoundOpened(round.getId(), year, round.getName(), cutOff, dueDate, by));
        return round.info();
    }

    /** Every monitoring round, newest first. */
    @Transactional(readOnly = true)
    public List<MonitoringRoundInfo> rounds() {
        return rounds.findAllByOrderByYearDescCutOffDescIdDesc().stream().map(MonitoringRound::info).toList();
    }

    @Transactional(readOnly = true)
    public MonitoringRoundInfo round(long roundId) {
        return find(roundId).info();
    }

    /**
     * Stores the drafter's monitoring report of its department (or of the document's project) in
     * the round. Where the department already has one for that project, the document replaces it
     * and it is a draft again, unless it was submitted and the round's due date has passed: then it
     * is final.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public Drafted draft(long roundId, MonitoringDocument document) {
        MonitoringRound round = find(roundId);
        UserScope user = currentUser.require();
        if (user.departmentId() == null) {
            throw new ActionRefusedException("error.monitoring.no-department");
        }
        DepartmentInfo department = directory.department(user.departmentId());
        List<FieldProblem> problems = problems(document, round, department);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MoneyUnit unit = document.unit() == null ? MoneyUnit.YUAN : document.unit();
        String project = document.project() == null ? "" : document.project().strip();
        var existing = reports.findByRoundIdAndDepartmentIdAndProject(roundId, department.id(), project);
        if (existing.isPresent() && existing.get().getStatus() == MonitoringStatus.SUBMITTED && pastDue(round)) {
            throw new ActionRefusedException("error.monitoring.final", round.getDueDate().toString());
        }
        MonitoringReport report = existing.orElseGet(() -> new MonitoringReport(roundId, department.id(), project));
        List<MonitoringReport.Line> lines = new ArrayList<>();
        document.budgetLines().forEach(l -> lines.add(line("BUDGET", l, unit)));
        document.projectLines().forEach(l -> lines.add(line("PROJECT", l, unit)));
        report.draft(unit, lines, document.indicatorLines().stream().map(MonitoringReport.IndicatorRow::new).toList(),
                user.username(), storedNow());
        report = reports.saveAndFlush(report);
        publisher.publishEvent(new ReportDrafted(report.getId(), roundId, department.name(), project,
                existing.isPresent(), user.username()));
        return new Drafted(info(report, round, department), existing.isEmpty());
    }

    /** The report with its findings; not found outside the caller's department or region, or in another round. */
    @Transactional(readOnly = true)
    public MonitoringReportInfo report(long roundId, long reportId) {
        MonitoringReport report = visible(roundId, reportId);
        return info(report, find(roundId), directory.department(report.getDepartmentId()));
    }

    /**
     * Submits the report: refused while an ERROR finding stands (the problems name them), or when
     * it is already submitted. Warnings do not block; they are recorded in the audit line.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public MonitoringReportInfo submit(long roundId, long reportId) {
        MonitoringReport report = visible(roundId, reportId);
        UserScope user = currentUser.require();
        if (!user.belongsTo(report.getDepartmentId())) {
            throw new NotFoundException("error.monitoring.report-not-found", reportId);
        }
        if (report.getStatus() == MonitoringStatus.SUBMITTED) {
            throw new ActionRefusedException("error.monitoring.already-submitted");
        }
        MonitoringRound round = find(roundId);
        DepartmentInfo department = directory.department(report.getDepartmentId());
        MonitoringReportInfo before = info(report, round, department);
        List<FieldProblem> errors = before.findings().stream().filter(Finding::blocks)
                .map(f -> new FieldProblem(f.table() + "[" + f.row() + "]." + f.column(), f.message())).toList();
        if (!errors.isEmpty()) {
            throw new ActionRefusedException(errors, "error.monitoring.submit-errors", errors.size());
        }
        report.submit(user.username(), storedNow());
        report = reports.saveAndFlush(report);
        int warnings = (int) before.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        publisher.publishEvent(new ReportSubmitted(report.getId(), roundId, department.name(), report.getProject(),
                warnings, user.username()));
        return info(report, round, department);
    }

    /**
     * Now, as the database keeps it: to the microsecond (the clock reads nanoseconds, the time columns
     * hold microseconds), so that a time answered when written is the time read back later.
     */
    private Instant storedNow() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    MonitoringRound find(long roundId) {
        return rounds.findById(roundId)
                .orElseThrow(() -> new NotFoundException("error.monitoring.round-not-found", roundId));
    }

    private MonitoringReport visible(long roundId, long reportId) {
        UserScope user = currentUser.require();
        return reports.findById(reportId)
                .filter(r -> r.getRoundId() == roundId)
                .filter(r -> directory.visibility(user).includes(r.getDepartmentId()))
                .orElseThrow(() -> new NotFoundException("error.monitoring.report-not-found", reportId));
    }

    private boolean pastDue(MonitoringRound round) {
        return round.getDueDate() != null
                && LocalDate.ofInstant(clock.instant(), Formats.ZONE).isAfter(round.getDueDate());
    }

    static MonitoringReportInfo info(MonitoringReport report, MonitoringRound round, DepartmentInfo department) {
        MonitoringDocument document = document(report, round, department);
        return new MonitoringReportInfo(report.getId(), report.getRoundId(), report.getDepartmentId(),
                department.name(), report.getProject(), report.getStatus(), report.getVersion(),
                report.getDraftedAt(), report.getDraftedBy(), report.getSubmittedAt(), report.getSubmittedBy(),
                document, MonitoringChecks.check(document, CalendarLine.ofCalendar(round.getCutOff())));
    }

    /** The stored report as a document, its money in the unit it came in. */
    static MonitoringDocument document(MonitoringReport report, MonitoringRound round, DepartmentInfo department) {
        MoneyUnit unit = report.getUnit();
        List<MonitoringDocument.Line> budget = new ArrayList<>();
        List<MonitoringDocument.Line> projects = new ArrayList<>();
        for (MonitoringReport.Line l : report.getLines()) {
            var line = new MonitoringDocument.Line(l.name(), unit.fromYuan(l.budget()), unit.fromYuan(l.executed()));
            (l.kind().equals("PROJECT") ? projects : budget).add(line);
        }
        return new MonitoringDocument(MonitoringDocument.FORMAT_VERSION, round.getYear(), unit,
                new MonitoringDocument.Department(department.name()),
                report.getProject().isEmpty() ? null : report.getProject(), budget, projects,
                report.getIndicators().stream().map(MonitoringReport.IndicatorRow::toDocument).toList());
    }

    private static MonitoringReport.Line line(String kind, MonitoringDocument.Line l, MoneyUnit unit) {
        return new MonitoringReport.Line(kind, l.name().strip(), unit.toYuan(l.budget()), unit.toYuan(l.executed()));
    }

    private static List<FieldProblem> problems(MonitoringDocument d, MonitoringRound round,
            DepartmentInfo department) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d == null) {
            return List.of(FieldProblem.of("document", "error.monitoring.empty"));
        }
        if (d.formatVersion() == null || d.formatVersion() != MonitoringDocument.FORMAT_VERSION) {
            problems.add(FieldProblem.of("formatVersion", "error.monitoring.format-version",
                    MonitoringDocument.FORMAT_VERSION));
        }
        if (d.year() == null || d.year() != round.getYear()) {
            problems.add(FieldProblem.of("year", "error.monitoring.year", round.getYear()));
        }
        if (d.department() != null && d.department().name() != null
                && !d.department().name().strip().equals(department.name())) {
            problems.add(FieldProblem.of("department.name", "error.monitoring.department", department.name()));
        }
        if (d.project() != null && d.project().strip().length() > NAME_LENGTH) {
            problems.add(FieldProblem.of("project", "error.monitoring.too-long", NAME_LENGTH));
        }
        if (d.budgetLines().isEmpty() && d.projectLines().isEmpty() && d.indicatorLines().isEmpty()) {
            problems.add(FieldProblem.of("document", "error.monitoring.empty"));
        }
        MoneyUnit unit = d.unit() == null ? MoneyUnit.YUAN : d.unit();
        lines(problems, "budget", d.budgetLines(), unit);
        lines(problems, "projects", d.projectLines(), unit);
        for (int i = 0; i < d.indicatorLines().size(); i++) {
            MonitoringDocument.Indicator indicator = d.indicatorLines().get(i);
            String at = "indicators[" + (i + 1) + "]";
            if (indicator == null) {
                problems.add(FieldProblem.of(at, "error.monitoring.row-missing"));
                continue;
            }
            name(problems, at + ".name", indicator.name());
            if (indicator.progress() == null) {
                problems.add(FieldProblem.of(at + ".progress", "error.monitoring.progress-required"));
            }
            length(problems, at + ".project", indicator.project(), NAME_LENGTH);
            length(problems, at + ".level1", indicator.level1(), NAME_LENGTH);
            length(problems, at + ".level2", indicator.level2(), NAME_LENGTH);
            length(problems, at + ".target", indicator.target(), TEXT_LENGTH);
            length(problems, at + ".reason", indicator.reason(), TEXT_LENGTH);
            length(problems, at + ".measure", indicator.measure(), TEXT_LENGTH);
        }
        return problems;
    }

    private static void lines(List<FieldProblem> problems, String table, List<MonitoringDocument.Line> lines,
            MoneyUnit unit) {
        for (int i = 0; i < lines.size(); i++) {
            MonitoringDocument.Line line = lines.get(i);
            String at = table + "[" + (i + 1) + "]";
            if (line == null) {
                problems.add(FieldProblem.of(at, "error.monitoring.row-missing"));
                continue;
            }
            name(problems, at + ".name", line.name());
            amount(problems, at + ".budget", line.budget(), unit);
            amount(problems, at + ".executed", line.executed(), unit);
        }
    }

    private static void name(List<FieldProblem> problems, String field, String name) {
        if (name == null || name.isBlank()) {
            problems.add(FieldProblem.of(field, "error.monitoring.name-required"));
        } else {
            length(problems, field, name, NAME_LENGTH);
        }
    }

    private static void length(List<FieldProblem> problems, String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            problems.add(FieldProblem.of(field, "error.monitoring.too-long", max));
        }
    }

    private static void amount(List<FieldProblem> problems, String field, BigDecimal amount, MoneyUnit unit) {
        if (amount == null) {
            return;
        }
        BigDecimal yuan = unit.toYuan(amount);
        if (yuan.signum() < 0 || yuan.stripTrailingZeros().scale() > 2 || yuan.abs().compareTo(LIMIT) >= 0) {
            problems.add(FieldProblem.of(field, "error.monitoring.amount", amount.toPlainString()));
        }
    }
}
