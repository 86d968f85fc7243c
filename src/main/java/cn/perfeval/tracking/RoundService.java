package cn.perfeval.tracking;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.tracking.RoundEvents.RoundClosed;
import cn.perfeval.tracking.RoundEvents.RoundOpened;
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

/** Opens and closes the yearly evaluation rounds (评价任务). Administrators only. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class RoundService {

    private final RoundRepository rounds;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    RoundService(RoundRepository rounds, Directory directory, CurrentUser currentUser,
            ApplicationEventPublisher publisher, Clock clock) {
        this.rounds = rounds;
        this.directory = directory;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Opens the year's round for every department of the region. */
    public RoundInfo openForRegion(int year, String name, LocalDate deadline, long regionId) {
        Set<Long> ids = directory.departments().stream().filter(d -> d.regionId() == regionId)
                .map(DepartmentInfo::id).collect(Collectors.toSet());
        return open(year, name, deadline, ids);
    }

    /** Opens the year's round for the chosen departments; one round per year. */
    public RoundInfo open(int year, String name, LocalDate deadline, Collection<Long> departmentIds) {
        List<FieldProblem> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add(FieldProblem.of("year", "error.round.year", year));
        }
        if (name == null || name.isBlank()) {
            problems.add(FieldProblem.of("name", "error.round.name-required"));
        }
        if (deadline == null) {
            problems.add(FieldProblem.of("deadline", "error.round.deadline-required"));
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
        Round round = rounds.saveAndFlush(new Round(year, name.strip(), deadline, ids, by, clock.instant()));
        publisher.publishEvent(new RoundOpened(round.getId(), year, round.getName(), deadline, ids.size(), by));
        return round.info();
    }

    public RoundInfo close(long roundId) {
        Round round = find(roundId);
        if (!round.isOpen()) {
            throw new ActionRefusedException("error.round.closed", round.getName());
        }
        String by = currentUser.require().username();
        round.close(by, clock.instant());
        publisher.publishEvent(new RoundClosed(round.getId(), round.getYear(), round.getName(), by));
        return round.info();
    }

    /** Every round, newest year first. */
    @Transactional(readOnly = true)
    public List<RoundInfo> list() {
        return rounds.findAllByOrderByYearDesc().stream().map(Round::info).toList();
    }

    Round find(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("error.round.not-found", roundId));
    }
}
