package cn.perfeval.tracking;

import cn.perfeval.identity.RunAs;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A region of many departments, five in six with a report of the year, spread evenly over the
 * statuses, and a round opened through {@link RoundService} for all of them.
 *
 * <p>Regions and departments have no creating service yet, and a report through the real import
 * and workflow takes tens of milliseconds with its process: so rows go in by SQL, as a data
 * migration would bring them. Their reports carry no process, hence no open step.
 */
public final class ScaleData {

    /** Status of department number {@code i}; null: it has no report. */
    public static final String[] STATUSES = {null, "DRAFTING", "BUREAU_REVIEW", "FINANCE_REVIEW", "APPROVED",
            "PUBLISHED"};

    private ScaleData() {
    }

    /** Creates the region, its departments and reports, and opens the round; returns the round. */
    public static RoundInfo create(JdbcTemplate jdbc, RunAs runAs, RoundService rounds, Clock clock, String region,
            int departments, int year, LocalDate deadline) {
        jdbc.update("insert into region (name) values (?)", region);
        long regionId = jdbc.queryForObject("select id from region where name = ?", Long.class, region);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < departments; i++) {
            rows.add(new Object[] {regionId, String.format("%s第%04d局", region, i), "行政单位"});
        }
        jdbc.batchUpdate("insert into department (region_id, name, type) values (?, ?, ?)", rows);
        List<Long> ids = jdbc.queryForList("select id from department where region_id = ? order by name", Long.class,
                regionId);
        Instant now = clock.instant();
        Timestamp created = Timestamp.from(now.minus(Duration.ofDays(60)));
        Timestamp approved = Timestamp.from(now.minus(Duration.ofDays(30)));
        List<Object[]> reports = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String status = STATUSES[i % STATUSES.length];
            if (status == null) {
                continue;
            }
            boolean isApproved = status.equals("APPROVED") || status.equals("PUBLISHED");
            reports.add(new Object[] {ids.get(i), year, "DEPARTMENT_OVERALL", status, "YUAN", created, created,
                    "drafter", isApproved ? approved : null, status.equals("PUBLISHED") ? approved : null});
        }
        jdbc.batchUpdate("insert into report (department_id, report_year, kind, status, document_unit, created_at,"
                + " updated_at, updated_by, approved_at, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", reports);
        return runAs.call("admin", () -> rounds.openForRegion(year, region + year + "年度评价", deadline, regionId));
    }

    /** How many of {@code departments} have the status at index {@code s} of {@link #STATUSES}. */
    public static int expected(int departments, int s) {
        return departments / STATUSES.length + (s < departments % STATUSES.length ? 1 : 0);
    }
}
