package cn.perfeval.tracking;

import cn.perfeval.base.LookupCaches;
import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.base.Formats;
import cn.perfeval.tracking.RoundEvents.RoundClosed;
import cn.perfeval.tracking.RoundEvents.RoundDeadlinesChanged;
import cn.perfeval.tracking.RoundEvents.RoundOpened;
import cn.perfeval.workflow.DueDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and closes the yearly evaluation rounds (评价任务) and sets the due date of each step.
 * Administrators only. The open tasks of the round's reports follow every change of the dates.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class RoundService {

    private final LookupCaches caches;
    private final RoundRepository rounds;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final DueDates dueDates;

    RoundService(RoundRepository rounds, Directory directory, CurrentUser currentUser,
            ApplicationEventPublisher publisher, Clock clock, DueDates dueDates, LookupCaches caches) {
        this.caches = caches;
        this.rounds = rounds;
        this.directory = directory;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
        this.dueDates = dueDates;
    }

    /** Opens the year's round for every department of the region, with one date for the route up to approval. */
    public RoundInfo openForRegion(int year, String name, LocalDate deadline, long regionId) {
        caches.changed(RoundDeadlines.CACHE);
        return openForRegion(year, name, deadline == null ? null : Deadlines.single(deadline), regionId);
    }

    /** Opens the year's round for every department of the region. */
    public RoundInfo openForRegion(int year, String name, Deadlines deadlines, long regionId) {
        caches.changed(RoundDeadlines.CACHE);
        Set<Long> ids = directory.departments().stream().filter(d -> d.regionId() == regionId)
                .map(DepartmentInfo::id).collect(Collectors.toSet());
        return open(year, name, deadlines, ids);
    }

    /** Opens the year's round for the chosen departments, with one date for the route up to approval. */
    public RoundInfo open(int year, String name, LocalDate deadline, Collection<Long> departmentIds) {
        caches.changed(RoundDeadlines.CACHE);
        return open(year, name, deadline == null ? null : Deadlines.single(deadline), departmentIds);
    }

    /**
     * Opens the year's round for the chosen departments; one round per year. The due dates must
     * follow the route's order and none may lie in the past.
     */
    public RoundInfo open(int year, String name, Deadlines deadlines, Collection<Long> departmentIds) {
        caches.changed(RoundDeadlines.CACHE);
        List<FieldProblem> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add(FieldProblem.of("year", "error.round.year", year));
        }
        if (name == null || name.isBlank()) {
            problems.add(FieldProblem.of("name", "error.round.name-required"));
        }
        if (deadlines == null) {
            problems.add(FieldProblem.of("deadline", "error.round.deadline-required"));
        } else {
            problems.addAll(deadlines.problems(today()));
        }
        if (departmentIds == null || departmentIds.isEmpty()) {
            problems.add(FieldProblem.of("departments", "error.round.no-departments"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (rounds.existsByYear(year)) {
            throw new ActionRefusedException("error.round.exists", year);
        }
        Set<Long> ids = Set.copyOf(departmentIds);
        Set<Long> known = directory.departments().stream().map(DepartmentInfo::id).collect(Collectors.toSet());
        ids.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
            throw new NotFoundException("error.department.not-found", id);
        });
        String by = currentUser.require().username();
        Round round = rounds.saveAndFlush(new Round(year, name.strip(), deadlines, ids, by, clock.instant()));
        publisher.publishEvent(new RoundOpened(round.getId(), year, round.getName(), deadlines.submission(),
                ids.size(), by, deadlines));
        dueDates.refresh(year, ids);
        return round.info();
    }

    /**
     * Sets the due dates of the round's steps. They must follow the route's order; a date that
     * changes may not be set in the past (one that stays as it was may have passed). The open tasks
     * of the round's reports take the new dates, and their reminders and overdue notices move.
     */
    public RoundInfo setDeadlines(long roundId, Deadlines deadlines) {
        caches.changed(RoundDeadlines.CACHE);
        Round round = find(roundId);
        if (!round.isOpen()) {
            throw new ActionRefusedException("error.round.closed", round.getName());
        }
        Deadlines before = round.getDeadlines();
        if (deadlines == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("deadline", "error.round.deadline-required")));
        }
        List<FieldProblem> problems = new ArrayList<>(deadlines.problems(null));
        LocalDate today = today();
        LocalDate[] now = {deadlines.submission(), deadlines.bureauReview(), deadlines.financeSignOff(),
                deadlines.publication()};
        LocalDate[] was = {before.submission(), before.bureauReview(), before.financeSignOff(), before.publication()};
        String[] fields = {"deadline", "bureauReviewDeadline", "financeSignOffDeadline", "publicationDeadline"};
        for (int i = 0; i < now.length; i++) {
            if (now[i] != null && !now[i].equals(was[i]) && now[i].isBefore(today)) {
                problems.add(FieldProblem.of(fields[i], "error.round.deadline-past", now[i].toString())
                        .at(new LocalizedMessage(Deadlines.LABELS[i])));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (before.equals(deadlines)) {
            return round.info();
        }
        String by = currentUser.require().username();
        round.setDeadlines(deadlines);
        rounds.saveAndFlush(round);
        publisher.publishEvent(new RoundDeadlinesChanged(round.getId(), round.getYear(), round.getName(), before,
                deadlines, by));
        dueDates.refresh(round.getYear(), round.getDepartmentIds());
        return round.info();
    }

    public RoundInfo close(long roundId) {
        caches.changed(RoundDeadlines.CACHE);
        Round round = find(roundId);
        if (!round.isOpen()) {
            throw new ActionRefusedException("error.round.closed", round.getName());
        }
        String by = currentUser.require().username();
        round.close(by, clock.instant());
        rounds.saveAndFlush(round);
        publisher.publishEvent(new RoundClosed(round.getId(), round.getYear(), round.getName(), by));
        dueDates.refresh(round.getYear(), round.getDepartmentIds());
        return round.info();
    }

    /**
     * The open rounds that include the caller's department (a drafter's or bureau reviewer's),
     * newest year first: the years the department is asked to report on.
     */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER')")
    @Transactional(readOnly = true)
    public List<RoundInfo> openForMyDepartment() {
        Long department = currentUser.require().departmentId();
        if (department == null) {
            return List.of();
        }
        return rounds.findAllByOrderByYearDesc().stream()
                .filter(r -> r.isOpen() && r.getDepartmentIds().contains(department)).map(Round::info).toList();
    }

    /** Every round, newest year first. */
    @Transactional(readOnly = true)
    public List<RoundInfo> list() {
        return rounds.findAllByOrderByYearDesc().stream().map(Round::info).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Formats.ZONE);
    }

    Round find(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("error.round.not-found", roundId));
    }
}
