package cn.perfeval.workflow;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.springframework.stereotype.Component;

/**
 * The engine's job executor for Prometheus ({@code /actuator/prometheus} on the management port):
 * {@code perfeval_flowable_jobs{state}}, the jobs the engine holds in each state, counted at most
 * every 10 s: {@code timer} (the deadline reminders and overdue flags waiting for their time),
 * {@code async} (due, waiting for the executor), {@code failed} (due jobs whose last run threw and
 * that are being retried), {@code deadletter} (given up after their retries: someone must look)
 * and {@code suspended}; and {@code perfeval_flowable_executor_active}, 1 while the async executor
 * runs. An alert on dead letters, or on async jobs that do not drain, finds a stuck executor.
 */
@Component
class EngineMetrics {

    enum JobState { TIMER, ASYNC, FAILED, DEADLETTER, SUSPENDED }

    private static final Duration FRESH = Duration.ofSeconds(10);

    private final ManagementService management;
    private final Clock clock;
    private volatile Map<JobState, Long> counts = Map.of();
    private volatile Instant countedAt = Instant.MIN;

    EngineMetrics(MeterRegistry registry, ManagementService management, ProcessEngineConfiguration engine,
            Clock clock) {
        this.management = management;
        this.clock = clock;
        for (JobState state : JobState.values()) {
            Gauge.builder("perfeval.flowable.jobs", this, m -> m.count(state))
                    .tag("state", state.name().toLowerCase(java.util.Locale.ROOT))
                    .description("Jobs of the workflow engine in each state").register(registry);
        }
        Gauge.builder("perfeval.flowable.executor.active", engine, e -> {
            AsyncExecutor executor = e.getAsyncExecutor();
            return executor != null && executor.isActive() ? 1 : 0;
        }).description("1 while the workflow engine's async job executor runs").register(registry);
    }

    private double count(JobState state) {
        Instant now = clock.instant();
        if (countedAt.plus(FRESH).isBefore(now)) {
            try {
                Map<JobState, Long> fresh = new EnumMap<>(JobState.class);
                fresh.put(JobState.TIMER, management.createTimerJobQuery().count());
                fresh.put(JobState.ASYNC, management.createJobQuery().count());
                fresh.put(JobState.FAILED, management.createJobQuery().withException().count());
                fresh.put(JobState.DEADLETTER, management.createDeadLetterJobQuery().count());
                fresh.put(JobState.SUSPENDED, management.createSuspendedJobQuery().count());
                counts = fresh;
            } catch (RuntimeException databaseUnreachable) {
                return Double.NaN;
            } finally {
                countedAt = now;
            }
        }
        return counts.getOrDefault(state, 0L);
    }
}
