package cn.perfeval.tracking.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.identity.RunAs;
import cn.perfeval.tracking.Dashboard;
import cn.perfeval.tracking.RoundInfo;
import cn.perfeval.tracking.RoundService;
import cn.perfeval.tracking.ScaleData;
import cn.perfeval.tracking.TrackingService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * How long the dashboard takes through the service for a round of 3,000 departments: the first
 * page of 50 (with its grades) and the counts. Run with {@code ./mvnw -Pbench test}.
 */
@Tag("benchmark")
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:perfeval-bench;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class TrackingBenchmark {

    private static final int RUNS = 20;

    @Autowired
    TrackingService tracking;
    @Autowired
    RunAs runAs;

    @Test
    void the_first_page_and_the_counts_of_a_round_of_3000_departments(@Autowired JdbcTemplate jdbc,
            @Autowired RoundService rounds, @Autowired Clock clock) {
        RoundInfo round = ScaleData.create(jdbc, runAs, rounds, clock, "基准测试区", 3_000, 2023,
                LocalDate.now(clock).plusDays(10));
        double first = millis(() -> tracking.page(round.id(), Dashboard.Filter.ALL, 0, 50, true));
        double[] page = measure(() -> tracking.page(round.id(), Dashboard.Filter.ALL, 0, 50, true));
        double[] count = measure(() -> tracking.count(round.id(), Dashboard.Filter.ALL));
        double[] summary = measure(() -> tracking.summary(round.id()));
        assertThat(runAs.call("admin", () -> tracking.summary(round.id())).departments()).isEqualTo(3_000);
        System.out.printf("tracking, 3,000 departments: first page cold %.1f ms; page of 50 median %.1f ms, max %.1f ms;"
                + " count median %.1f ms; counts per status median %.1f ms, max %.1f ms (%d runs)%n", first, page[0],
                page[1], count[0], summary[0], summary[1], RUNS);
    }

    private double[] measure(Supplier<?> work) {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ms[i] = millis(work);
        }
        Arrays.sort(ms);
        return new double[] {ms[RUNS / 2], ms[RUNS - 1]};
    }

    private double millis(Supplier<?> work) {
        long start = System.nanoTime();
        runAs.call("admin", work);
        return (System.nanoTime() - start) / 1e6;
    }
}
