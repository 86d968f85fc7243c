package cn.perfeval.tracking;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A year's evaluation round (评价任务): the departments that must report and the due date of each
 * step; {@code deadline} is the submission deadline (填报截止).
 */
@Entity
@Table(name = "evaluation_round")
class Round {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_year")
    private int year;

    private String name;

    private LocalDate deadline;
    private LocalDate bureauReviewDeadline;
    private LocalDate financeSignOffDeadline;
    private LocalDate publicationDeadline;

    @Column(name = "is_open")
    private boolean open = true;

    private Instant openedAt;
    private String openedBy;
    private Instant closedAt;
    private String closedBy;

    @ElementCollection
    @CollectionTable(name = "evaluation_round_department", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "department_id")
    private Set<Long> departmentIds = new HashSet<>();

    protected Round() {
    }

    Round(int year, String name, Deadlines deadlines, Set<Long> departmentIds, String by, Instant at) {
        this.year = year;
        this.name = name;
        setDeadlines(deadlines);
        this.departmentIds.addAll(departmentIds);
        this.openedBy = by;
        this.openedAt = at;
    }

    void close(String by, Instant at) {
        this.open = false;
        this.closedBy = by;
        this.closedAt = at;
    }

    void setDeadlines(Deadlines deadlines) {
        this.deadline = deadlines.submission();
        this.bureauReviewDeadline = deadlines.bureauReview();
        this.financeSignOffDeadline = deadlines.financeSignOff();
        this.publicationDeadline = deadlines.publication();
    }

    Deadlines getDeadlines() {
        return new Deadlines(deadline, bureauReviewDeadline, financeSignOffDeadline, publicationDeadline);
    }

    Long getId() {
        return id;
    }

    int getYear() {
        return year;
    }

    String getName() {
        return name;
    }

    boolean isOpen() {
        return open;
    }

    Set<Long> getDepartmentIds() {
        return departmentIds;
    }

    RoundInfo info() {
        return new RoundInfo(id, year, name, deadline, open, departmentIds.size(), openedAt, openedBy, closedAt,
                closedBy, getDeadlines());
    }
}
