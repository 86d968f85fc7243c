package cn.perfeval.workflow;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link DeadlineSweep} every minute ({@code perfeval.deadlines.sweep-every}, an ISO-8601
 * duration), on every node. Off with {@code perfeval.deadlines.sweep-enabled=false} (the tests
 * sweep themselves, by the clock they move).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(prefix = "perfeval.deadlines", name = "sweep-enabled", matchIfMissing = true)
class DeadlineSweepSchedule {

    private final DeadlineSweep sweep;

    DeadlineSweepSchedule(DeadlineSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(initialDelayString = "${perfeval.deadlines.sweep-every:PT1M}",
            fixedDelayString = "${perfeval.deadlines.sweep-every:PT1M}")
    void sweep() {
        sweep.sendDue();
    }
}
