package cn.perfeval.tracking;

import cn.perfeval.base.Formats;
import cn.perfeval.base.Messages;
import cn.perfeval.checks.ReportChecks;
import cn.perfeval.checks.core.Score;
import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.Role;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportState;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.workflow.OpenStep;
import cn.perfeval.workflow.ReportWorkflow;
import cn.perfeval.workflow.Step;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every report stands, and every department of a round. Administrators only.
 *
 * <p>A dashboard request reads three lists of small rows, one query each: the round's department
 * ids, the departments with their region, and the state columns of the year's reports (no
 * figures, no texts). Filtering, counting and paging happen on those rows; only the requested page
 * asks the workflow for its open steps (two queries) and, when asked, recomputes its grades.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class TrackingService {

    private final ReportService reports;
    private final ReportWorkflow workflow;
    private final RoundRepository rounds;
    private final Directory directory;
    private final ReportChecks checks;
    private final Messages messages;
    private final Clock clock;

    TrackingService(ReportService reports, ReportWorkflow workflow, RoundRepository rounds, Directory directory,
            ReportChecks checks, Messages messages, Clock clock) {
        this.reports = reports;
        this.workflow = workflow;
        this.rounds = rounds;
        this.directory = directory;
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A report with the step its route waits on (none once published or while a scheduled
     * publication waits for its date) and, once approved, the days since approval: the law gives
     * a department 20 days to publish.
     */
    public record Row(ReportSummary report, OpenStep step, Long daysSinceApproval, boolean stepOverdue) {

        /** Approved more than 20 days ago and not yet published. */
        public boolean publicationOverdue() {
            return report.publishedAt() == null && daysSinceApproval != null
                    && daysSinceApproval > ReportSummary.PUBLICATION_LIMIT_DAYS;
        }

        /** Its open step is past its due date, or it is past the 20-day publication limit. */
        public boolean overdue() {
            return stepOverdue || publicationOverdue();
        }
    }

    /** Every report with the step it waits on, that step's due date and whether it is overdue. */
    public List<Row> overview() {
        return overview(false);
    }

    /** Every report, or only the overdue ones, with the step it waits on and that step's due date. */
    public List<Row> overview(boolean overdueOnly) {
        List<ReportSummary> all = reports.list(null, null, null);
        Map<Long, OpenStep> steps = workflow.openSteps(all.stream().map(ReportSummary::id).toList());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Formats.ZONE);
        return all.stream().map(r -> {
            OpenStep step = steps.get(r.id());
            return new Row(r, step, daysSinceApproval(r.approvedAt(), r.publishedAt(), now),
                    step != null && step.due() != null && today.isAfter(step.due()));
        }).filter(r -> !overdueOnly || r.overdue()).toList();
    }

    /** The round's counts per status, overdue and deadline record, over every kind of report. */
    public Dashboard.Summary summary(long roundId) {
        return summary(roundId, null);
    }

    /** The round's counts per status, overdue and deadline record, over the reports of one kind (every kind for null). */
    public Dashboard.Summary summary(long roundId, ReportKind kind) {
        Snapshot snapshot = snapshot(roundId, kind);
        Map<TrackedStatus, Integer> perStatus = new EnumMap<>(TrackedStatus.class);
        for (TrackedStatus s : TrackedStatus.values()) {
            perStatus.put(s, 0);
        }
        int overdue = 0;
        int onTime = 0;
        int late = 0;
        int missed = 0;
        for (Base b : snapshot.rows()) {
            perStatus.merge(b.status(), 1, Integer::sum);
            overdue += b.overdue() ? 1 : 0;
            if (b.state() != null && b.state().approvedAt() != null) {
                if (!LocalDate.ofInstant(b.state().approvedAt(), Formats.ZONE)
                        .isAfter(snapshot.round().getDeadlines().approval())) {
                    onTime++;
                } else {
                    late++;
                }
            } else if (snapshot.deadlinePassed()) {
                missed++;
            }
        }
        int total = snapshot.rows().size();
        int withReport = (int) snapshot.rows().stream().filter(b -> b.state() != null).count();
        return new Dashboard.Summary(snapshot.round().info(), snapshot.departments(), perStatus, overdue, onTime, late,
                missed, total - onTime - late - missed, total, withReport);
    }

    /** How many rows of the round the filter keeps. */
    public int count(long roundId, Dashboard.Filter filter) {
        return filtered(snapshot(roundId, kindOf(filter)), filter).size();
    }

    /**
     * A page of the round's departments that the filter keeps, by department name, with the open
     * step of each report and, if {@code withGrades}, the grades of this page only.
     */
    public List<Dashboard.Row> page(long roundId, Dashboard.Filter filter, int offset, int limit,
            boolean withGrades) {
        Snapshot snapshot = snapshot(roundId, kindOf(filter));
        List<Base> kept = filtered(snapshot, filter);
        List<Base> page = kept.subList(Math.min(offset, kept.size()), Math.min(kept.size(), offset + limit));
        return rows(snapshot, page, withGrades);
    }

    /**
     * The grades of every report of the round that states a scoring table, recomputed: each
     * report is read whole and scored, so this is asked for on demand, not with every page.
     */
    public Map<String, Integer> grades(long roundId) {
        return grades(roundId, null);
    }

    /** The grades of the round's reports of one kind (every kind for null), recomputed as {@link #grades(long)}. */
    public Map<String, Integer> grades(long roundId, ReportKind kind) {
        Snapshot snapshot = snapshot(roundId, kind);
        Map<String, Integer> grades = new TreeMap<>();
        for (Base b : snapshot.rows()) {
            if (b.state() != null) {
                checks.score(b.state().id()).map(Score::grade).filter(Objects::nonNull)
                        .ifPresent(g -> grades.merge(g, 1, Integer::sum));
            }
        }
        return grades;
    }

    /** The rows the filter keeps as an .xlsx workbook, written page by page (no grades). */
    public void export(long roundId, Dashboard.Filter filter, Locale locale, OutputStream out) throws IOException {
        Snapshot snapshot = snapshot(roundId, kindOf(filter));
        List<Base> kept = filtered(snapshot, filter);
        String[] columns = {"department", "region", "status", "step", "actor", "due", "days-in-step", "overdue",
                "approved-at", "published-at", "kind"};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(messages.get("dashboard.sheet", locale));
            var header = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(messages.get("dashboard.column." + columns[c], locale));
            }
            int at = 1;
            for (int from = 0; from < kept.size(); from += EXPORT_PAGE) {
                for (Dashboard.Row r : rows(snapshot, kept.subList(from, Math.min(kept.size(), from + EXPORT_PAGE)),
                        false)) {
                    var row = sheet.createRow(at++);
                    row.createCell(0).setCellValue(r.department());
                    row.createCell(1).setCellValue(r.region());
                    row.createCell(2).setCellValue(messages.get(r.status().labelKey(), locale));
                    row.createCell(3).setCellValue(r.step() == null ? "" : messages.get(r.step().labelKey(), locale));
                    row.createCell(4).setCellValue(actor(r.actor(), locale));
                    row.createCell(5).setCellValue(r.due() == null ? "" : r.due().toString());
                    if (r.daysInStep() != null) {
                        row.createCell(6).setCellValue(r.daysInStep());
                    }
                    row.createCell(7).setCellValue(r.overdue() ? messages.get("dashboard.yes", locale) : "");
                    row.createCell(8).setCellValue(Formats.date(r.approvedAt()));
                    row.createCell(9).setCellValue(Formats.date(r.publishedAt()));
                    row.createCell(10).setCellValue(messages.get("kind." + r.kind().name(), locale)
                            + (r.project().isEmpty() ? "" : "（" + r.project() + "）"));
                }
            }
            workbook.write(out);
        }
    }

    /** Who acts, as a line of text: the organisation and the roles, e.g. 米易县医疗保障局 填报人. */
    public String actor(Dashboard.Actor actor, Locale locale) {
        if (actor == null) {
            return "";
        }
        return actor.organisation() + " " + actor.roles().stream().map(r -> messages.get("role." + r.name(), locale))
                .collect(Collectors.joining("、"));
    }

    private static final int EXPORT_PAGE = 500;

    private record Snapshot(Round round, int departments, List<Base> rows, boolean deadlinePassed, Instant now) {
    }

    private record Base(DepartmentInfo department, ReportState state, TrackedStatus status, LocalDate due,
            boolean overdue, boolean publicationOverdue, Long daysSinceApproval) {
    }

    private static ReportKind kindOf(Dashboard.Filter filter) {
        return filter == null ? null : filter.kind();
    }

    /** The order of a department's rows: its overall report first, then projects, then transfer payments, by name. */
    private static final java.util.Comparator<ReportState> REPORT_ORDER = java.util.Comparator
            .comparing(ReportState::kind).thenComparing(ReportState::project);

    /**
     * The round's rows: for each department of the round (by name), its reports of the year of the
     * kind asked for (every kind for null), and a row without a report where it has no overall
     * report yet and overall reports are shown: every department owes one.
     */
    private Snapshot snapshot(long roundId, ReportKind kind) {
        Round round = rounds.findById(roundId)
                .orElseThrow(() -> new cn.perfeval.base.NotFoundException("error.round.not-found", roundId));
        Set<Long> covered = Set.copyOf(rounds.departmentIdsOf(roundId));
        Map<Long, List<ReportState>> states = reports.states(round.getYear(), kind).stream()
                .sorted(REPORT_ORDER).collect(Collectors.groupingBy(ReportState::departmentId));
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Formats.ZONE);
        Deadlines deadlines = round.getDeadlines();
        boolean deadlinePassed = today.isAfter(deadlines.approval());
        boolean overallShown = kind == null || kind == ReportKind.DEPARTMENT_OVERALL;
        List<Base> rows = new ArrayList<>(covered.size());
        for (DepartmentInfo d : directory.departments()) {
            if (covered.contains(d.id())) {
                List<ReportState> own = states.getOrDefault(d.id(), List.of());
                if (overallShown && own.stream().noneMatch(s -> s.kind() == ReportKind.DEPARTMENT_OVERALL)) {
                    rows.add(base(d, null, deadlines, today, now));
                }
                own.forEach(state -> rows.add(base(d, state, deadlines, today, now)));
            }
        }
        return new Snapshot(round, covered.size(), rows, deadlinePassed, now);
    }

    private static Base base(DepartmentInfo d, ReportState state, Deadlines deadlines, LocalDate today, Instant now) {
        TrackedStatus status = TrackedStatus.of(state == null ? null : state.status());
        Long days = state == null ? null : daysSinceApproval(state.approvedAt(), state.publishedAt(), now);
        boolean publicationOverdue = state != null && state.publishedAt() == null && days != null
                && days > ReportSummary.PUBLICATION_LIMIT_DAYS;
        LocalDate due = status.step() == null ? null : deadlines.of(status.step());
        boolean overdue = due != null && today.isAfter(due) || publicationOverdue;
        return new Base(d, state, status, due, overdue, publicationOverdue, days);
    }

    private static List<Base> filtered(Snapshot snapshot, Dashboard.Filter filter) {
        Dashboard.Filter f = filter == null ? Dashboard.Filter.ALL : filter;
        String search = f.search() == null || f.search().isBlank() ? null : f.search().strip();
        return snapshot.rows().stream()
                .filter(b -> f.status() == null || b.status() == f.status())
                .filter(b -> !f.overdueOnly() || b.overdue())
                .filter(b -> search == null || b.department().name().contains(search)
                        || b.state() != null && b.state().project().contains(search))
                .toList();
    }

    private List<Dashboard.Row> rows(Snapshot snapshot, List<Base> page, boolean withGrades) {
        Map<Long, OpenStep> steps = workflow.openSteps(page.stream().filter(b -> b.state() != null)
                .map(b -> b.state().id()).toList());
        Map<Long, Score> scores = new HashMap<>();
        if (withGrades) {
            page.stream().filter(b -> b.state() != null).forEach(b -> checks.score(b.state().id())
                    .ifPresent(s -> scores.put(b.state().id(), s)));
        }
        return page.stream().map(b -> {
            ReportState s = b.state();
            OpenStep step = s == null ? null : steps.get(s.id());
            return new Dashboard.Row(b.department().id(), b.department().name(), b.department().regionName(),
                    s == null ? null : s.id(), b.status(), step == null ? null : step.step(),
                    step == null ? null : actor(step.step(), b.department()),
                    step == null ? null : Duration.between(step.since(), snapshot.now()).toDays(),
                    b.due(), b.overdue(), b.publicationOverdue(), b.daysSinceApproval(),
                    s == null ? null : s.approvedAt(), s == null ? null : s.publishedAt(),
                    s == null ? null : s.publicationScheduledFor(), s == null ? null : scores.get(s.id()),
                    s == null ? ReportKind.DEPARTMENT_OVERALL : s.kind(), s == null ? "" : s.project());
        }).toList();
    }

    /** The candidates of each step: the department's drafter and bureau reviewer, the region's finance. */
    private static Dashboard.Actor actor(Step step, DepartmentInfo department) {
        return switch (step) {
            case DRAFTING -> new Dashboard.Actor(department.name(), List.of(Role.DRAFTER));
            case BUREAU_REVIEW -> new Dashboard.Actor(department.name(), List.of(Role.BUREAU_REVIEWER));
            case FINANCE_SIGN_OFF -> new Dashboard.Actor(department.regionName(), List.of(Role.FINANCE_REVIEWER));
            case PUBLICATION -> new Dashboard.Actor(department.name(), List.of(Role.DRAFTER, Role.BUREAU_REVIEWER));
        };
    }

    private static Long daysSinceApproval(Instant approvedAt, Instant publishedAt, Instant now) {
        return approvedAt == null ? null : Duration.between(approvedAt, publishedAt == null ? now : publishedAt).toDays();
    }
}
