package cn.perfeval.tracking;

import cn.perfeval.workflow.Step;
import cn.perfeval.workflow.StepDeadlines;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The due dates the workflow gives its tasks: those of the open round of the report's year, when
 * the round covers the report's department. A closed round sets no more due dates.
 */
@Component
class RoundDeadlines implements StepDeadlines {

    private final RoundRepository rounds;

    RoundDeadlines(RoundRepository rounds) {
        this.rounds = rounds;
    }

    /** Cached per department, year and step; every change to a round empties the cache (RoundService). */
    static final String CACHE = "round-deadlines";

    @Override
    @Transactional(readOnly = true)
    @Cacheable(CACHE)
    public Optional<LocalDate> due(long departmentId, int year, Step step) {
        return rounds.findByYear(year).filter(Round::isOpen)
                .filter(r -> rounds.covers(r.getId(), departmentId))
                .map(r -> r.getDeadlines().of(step));
    }
}
