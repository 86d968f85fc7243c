package cn.perfeval.report;

import cn.perfeval.report.Events.ReportCreated;
import cn.perfeval.report.Events.ReportSaved;
import cn.perfeval.report.Events.ReportStatusChanged;
import cn.perfeval.report.Events.ReportTaskHandedOver;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The product's own meters for Prometheus ({@code /actuator/prometheus} on the management port):
 * {@code perfeval_reports{status}}, the reports in each status, counted at most every 10 s; and
 * {@code perfeval_actions_total{action}}, every committed action on a report (create, save, submit,
 * pass, return, approve, publish, delegate, ...); and {@code perfeval_imports_refused_total{source}},
 * every document ({@code document}: import or replacement) or workbook ({@code workbook}) refused
 * whole because of bad content.
 */
@Component
class ReportMetrics {

    private static final Duration FRESH = Duration.ofSeconds(10);

    private final MeterRegistry registry;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Map<ReportStatus, Long> counts = Map.of();
    private volatile Instant countedAt = Instant.MIN;

    ReportMetrics(MeterRegistry registry, JdbcTemplate jdbc, Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
        for (ReportStatus status : ReportStatus.values()) {
            Gauge.builder("perfeval.reports", this, m -> m.count(status)).tag("status", status.name())
                    .description("Reports in each status").register(registry);
        }
    }

    private double count(ReportStatus status) {
        Instant now = clock.instant();
        if (countedAt.plus(FRESH).isBefore(now)) {
            try {
                Map<ReportStatus, Long> fresh = new EnumMap<>(ReportStatus.class);
                jdbc.query("select status, count(*) from report group by status",
                        row -> {
                            fresh.put(ReportStatus.valueOf(row.getString(1)), row.getLong(2));
                        });
                counts = fresh;
            } catch (RuntimeException databaseUnreachable) {
                return Double.NaN;
            } finally {
                countedAt = now;
            }
        }
        return counts.getOrDefault(status, 0L);
    }

    /** Counts a document or workbook refused whole; {@code source} is {@code document} or {@code workbook}. */
    void refused(String source) {
        registry.counter("perfeval.imports.refused", "source", source).increment();
    }

    private void action(ReportAction action) {
        registry.counter("perfeval.actions", "action", action.name()).increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReportCreated e) {
        action(ReportAction.CREATE);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReportSaved e) {
        registry.counter("perfeval.actions", "action", "SAVE").increment();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReportStatusChanged e) {
        action(e.action());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReportTaskHandedOver e) {
        action(e.action());
    }
}
