package cn.perfeval.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.identity.RunAs;
import cn.perfeval.tracking.Dashboard.Filter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The dashboard over a round of 3,000 departments, on a database of its own. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:perfeval-scale;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackingScaleTests {

    private static final int DEPARTMENTS = 3_000;

    @Autowired
    TrackingService tracking;
    @Autowired
    RunAs runAs;
    RoundInfo round;

    @BeforeAll
    void a_round_of_3000_departments(@Autowired JdbcTemplate jdbc, @Autowired RoundService rounds,
            @Autowired Clock clock) {
        round = ScaleData.create(jdbc, runAs, rounds, clock, "规模测试区", DEPARTMENTS, 2023,
                LocalDate.now(clock).plusDays(10));
    }

    @Test
    void the_round_covers_every_department_of_the_region() {
        assertThat(round.departments()).isEqualTo(DEPARTMENTS);
    }

    @Test
    void the_counts_per_status_are_those_of_the_reports() {
        Dashboard.Summary summary = runAs.call("admin", () -> tracking.summary(round.id()));
        assertThat(summary.departments()).isEqualTo(DEPARTMENTS);
        for (int s = 0; s < ScaleData.STATUSES.length; s++) {
            TrackedStatus status = s == 0 ? TrackedStatus.NOT_STARTED : TrackedStatus.valueOf(ScaleData.STATUSES[s]);
            assertThat(summary.perStatus().get(status)).as(status.name()).isEqualTo(ScaleData.expected(DEPARTMENTS, s));
        }
        // the deadline lies ahead: only approved reports unpublished after 30 days are overdue
        assertThat(summary.overdue()).isEqualTo(ScaleData.expected(DEPARTMENTS, 4));
        assertThat(summary.onTime()).isEqualTo(ScaleData.expected(DEPARTMENTS, 4) + ScaleData.expected(DEPARTMENTS, 5));
        assertThat(summary.missed()).isZero();
    }

    @Test
    void the_first_page_holds_the_first_departments_by_name_with_their_status() {
        List<Dashboard.Row> page = runAs.call("admin", () -> tracking.page(round.id(), Filter.ALL, 0, 50, true));
        assertThat(page).hasSize(50);
        assertThat(page.getFirst().department()).isEqualTo("规模测试区第0000局");
        assertThat(page.getFirst().status()).isEqualTo(TrackedStatus.NOT_STARTED);
        assertThat(page.get(1).status()).isEqualTo(TrackedStatus.DRAFTING);
        assertThat(page.get(4).status()).isEqualTo(TrackedStatus.APPROVED);
        assertThat(page.get(4).publicationOverdue()).isTrue();
        // one date for the route up to approval: due while not yet approved, none for publication
        assertThat(page).allMatch(r -> r.status().approved() ? r.due() == null : round.deadline().equals(r.due()));
    }

    @Test
    void the_filters_count_and_page_the_same_rows() {
        Filter overdue = new Filter(null, true, null);
        assertThat(runAs.call("admin", () -> tracking.count(round.id(), overdue)))
                .isEqualTo(ScaleData.expected(DEPARTMENTS, 4));
        assertThat(runAs.call("admin", () -> tracking.page(round.id(), overdue, 0, 50, false)))
                .hasSize(50).allMatch(r -> r.status() == TrackedStatus.APPROVED && r.overdue());
        Filter named = new Filter(TrackedStatus.PUBLISHED, false, "第29");
        assertThat(runAs.call("admin", () -> tracking.page(round.id(), named, 0, 200, false)))
                .extracting(Dashboard.Row::department).isNotEmpty()
                .allMatch(n -> n.contains("第29")).contains("规模测试区第2903局");
    }
}
