package cn.perfeval.snapshot;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The last round of a report a reviewer looked at on a review screen, and the round it was
 * compared with then (kept, so that the same changes show again until a new round comes).
 */
@Entity
@Table(name = "report_round_seen")
class RoundSeen {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private long reportId;
    private int seenRound;
    private Integer comparedRound;
    private Instant seenAt;

    protected RoundSeen() {
    }

    RoundSeen(String username, long reportId) {
        this.username = username;
        this.reportId = reportId;
    }

    void saw(int round, Integer comparedWith, Instant at) {
        this.seenRound = round;
        this.comparedRound = comparedWith;
        this.seenAt = at;
    }

    int getSeenRound() {
        return seenRound;
    }

    Integer getComparedRound() {
        return comparedRound;
    }
}
