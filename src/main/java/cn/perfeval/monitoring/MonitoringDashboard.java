package cn.perfeval.monitoring;

import cn.perfeval.base.Messages;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.UserScope;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring view of a round for the administrator (every department) and the finance
 * reviewers (their region's): which departments reported, their execution against the calendar
 * line, and the targets at risk or that will not be met; with its Excel export.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'FINANCE_REVIEWER')")
public class MonitoringDashboard {

    private final MonitoringService service;
    private final MonitoringReportRepository reports;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final Messages messages;

    MonitoringDashboard(MonitoringService service, MonitoringReportRepository reports, Directory directory,
            CurrentUser currentUser, Messages messages) {
        this.service = service;
        this.reports = reports;
        this.directory = directory;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    /**
     * A department of the caller's scope with its monitoring report in the round (the department's
     * own, else the first of its projects'), or without one.
     *
     * @param status null when it has no report in the round
     * @param budget the sum of its budget items (of its projects where it states no budget item), in yuan
     * @param rate executed of budget in percent, two decimals; null without budget
     * @param line the calendar line in percent
     * @param belowLine whether the execution lies below the line (exactly on it is not)
     */
    public record Row(long departmentId, String department, String region, Long reportId, String project,
            MonitoringStatus status, Instant submittedAt, BigDecimal budget, BigDecimal executed, BigDecimal rate,
            BigDecimal line, boolean belowLine, int atRisk, int willNotBeMet) {
    }

    /** A department expected to report, with its own report's status (null before it has one). */
    public record Expected(long departmentId, String department, String region, MonitoringStatus status) {
    }

    /** An indicator at risk or that will not be met, in a submitted or drafted report. */
    public record Target(String department, String project, MonitoringStatus status, String level1, String level2,
            String name, String target, Progress progress, String reason, String measure) {
    }

    /** The round at a glance: one row per department, the targets at risk and the counts. */
    public record Overview(MonitoringRoundInfo round, List<Row> rows, List<Target> targets) {

        public long submitted() {
            return rows.stream().filter(r -> r.status() == MonitoringStatus.SUBMITTED).count();
        }

        /** The departments expected to report that have not submitted their own report yet. */
        public long missing() {
            return notReported().size();
        }

        /**
         * Every department of the round's scope (the caller's, decision 0038) whose own report (for the
         * department as a whole; a project's report is optional) is not submitted, once each, with the
         * state of that report: none yet, or in drafting.
         */
        public List<Expected> notReported() {
            Map<Long, Expected> out = new java.util.LinkedHashMap<>();
            for (Row r : rows) {
                boolean own = r.project() == null || r.project().isEmpty();
                Expected before = out.get(r.departmentId());
                MonitoringStatus status = own ? r.status() : before == null ? null : before.status();
                out.put(r.departmentId(), new Expected(r.departmentId(), r.department(), r.region(), status));
            }
            return out.values().stream().filter(e -> e.status() != MonitoringStatus.SUBMITTED).toList();
        }

        public long belowLine() {
            return rows.stream().filter(Row::belowLine).count();
        }
    }

    public List<MonitoringRoundInfo> rounds() {
        return service.rounds();
    }

    public Overview overview(long roundId) {
        MonitoringRound round = service.find(roundId);
        CalendarLine line = CalendarLine.ofCalendar(round.getCutOff());
        UserScope user = currentUser.require();
        List<DepartmentInfo> departments = directory.departments().stream().filter(user::canSee)
                .sorted(Comparator.comparing(DepartmentInfo::regionName).thenComparing(DepartmentInfo::name)).toList();
        Map<Long, List<MonitoringReport>> byDepartment = reports.findByRoundIdOrderByIdAsc(roundId).stream()
                .collect(Collectors.groupingBy(MonitoringReport::getDepartmentId));
        List<Row> rows = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (DepartmentInfo d : departments) {
            List<MonitoringReport> own = byDepartment.getOrDefault(d.id(), List.of());
            if (own.isEmpty()) {
                rows.add(new Row(d.id(), d.name(), d.regionName(), null, "", null, null, null, null, null,
                        line.percent(), false, 0, 0));
                continue;
            }
            for (MonitoringReport r : own) {
                rows.add(row(d, r, line));
                for (MonitoringReport.IndicatorRow i : r.getIndicators()) {
                    var indicator = i.toDocument();
                    if (indicator.progress().needsExplanation()) {
                        targets.add(new Target(d.name(), r.getProject(), r.getStatus(), indicator.level1(),
                                indicator.level2(), indicator.name(), indicator.target(), indicator.progress(),
                                indicator.reason(), indicator.measure()));
                    }
                }
            }
        }
        return new Overview(round.info(), rows, targets);
    }

    private static Row row(DepartmentInfo d, MonitoringReport r, CalendarLine line) {
        List<MonitoringReport.Line> items = r.getLines().stream().filter(l -> l.kind().equals("BUDGET")).toList();
        if (items.isEmpty()) {
            items = r.getLines();
        }
        BigDecimal budget = Figures.sum(items.stream().map(MonitoringReport.Line::budget).toList());
        BigDecimal executed = Figures.sum(items.stream().map(MonitoringReport.Line::executed).toList());
        BigDecimal rate = Figures.percent(executed, budget);
        boolean below = budget != null && executed != null && budget.signum() > 0 && line.below(budget, executed);
        int atRisk = 0;
        int willNot = 0;
        for (MonitoringReport.IndicatorRow i : r.getIndicators()) {
            Progress p = i.toDocument().progress();
            atRisk += p == Progress.AT_RISK ? 1 : 0;
            willNot += p == Progress.WILL_NOT_BE_MET ? 1 : 0;
        }
        return new Row(d.id(), d.name(), d.regionName(), r.getId(), r.getProject(), r.getStatus(),
                r.getSubmittedAt(), budget, executed, rate, line.percent(), below, atRisk, willNot);
    }

    /** The overview as an .xlsx workbook: a sheet of departments and a sheet of the targets at risk. */
    public void export(long roundId, Locale locale, OutputStream out) throws IOException {
        Overview overview = overview(roundId);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(messages.get("monitoring.sheet.departments", locale));
            header(sheet, locale, "department", "region", "project", "status", "submitted-at", "budget", "executed",
                    "rate", "line", "below-line", "at-risk", "will-not-be-met");
            int at = 1;
            for (Row r : overview.rows()) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(at++);
                row.createCell(0).setCellValue(r.department());
                row.createCell(1).setCellValue(r.region());
                row.createCell(2).setCellValue(r.project());
                row.createCell(3).setCellValue(messages.get(r.status() == null ? "monitoring.status.NONE"
                        : r.status().labelKey(), locale));
                row.createCell(4).setCellValue(r.submittedAt() == null ? ""
                        : cn.perfeval.base.Formats.dateTime(r.submittedAt()));
                number(row, 5, r.budget());
                number(row, 6, r.executed());
                number(row, 7, r.rate());
                number(row, 8, r.line());
                row.createCell(9).setCellValue(r.belowLine() ? messages.get("monitoring.yes", locale) : "");
                if (r.reportId() != null) {
                    row.createCell(10).setCellValue(r.atRisk());
                    row.createCell(11).setCellValue(r.willNotBeMet());
                }
            }
            Sheet targets = workbook.createSheet(messages.get("monitoring.sheet.targets", locale));
            header(targets, locale, "department", "project", "level1", "level2", "indicator", "target", "progress",
                    "reason", "measure");
            at = 1;
            for (Target t : overview.targets()) {
                org.apache.poi.ss.usermodel.Row row = targets.createRow(at++);
                String[] cells = {t.department(), t.project(), t.level1(), t.level2(), t.name(), t.target(),
                        messages.get(t.progress().labelKey(), locale), t.reason(), t.measure()};
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c] == null ? "" : cells[c]);
                }
            }
            workbook.write(out);
        }
    }

    private void header(Sheet sheet, Locale locale, String... columns) {
        org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            header.createCell(c).setCellValue(messages.get("monitoring.column." + columns[c], locale));
        }
    }

    private static void number(org.apache.poi.ss.usermodel.Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
