package cn.perfeval.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A monitoring round (运行监控): the year, its name, the cut-off date of the figures and the optional due date. */
@Entity
@Table(name = "monitoring_round")
class MonitoringRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_year")
    private int year;

    private String name;
    private LocalDate cutOff;
    private LocalDate dueDate;
    private Instant openedAt;
    private String openedBy;

    protected MonitoringRound() {
    }

    MonitoringRound(int year, String name, LocalDate cutOff, LocalDate dueDate, String by, Instant at) {
        this.year = year;
        this.name = name;
        this.cutOff = cutOff;
        this.dueDate = dueDate;
        this.openedBy = by;
        this.openedAt = at;
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

    LocalDate getCutOff() {
        return cutOff;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    MonitoringRoundInfo info() {
        return new MonitoringRoundInfo(id, year, name, cutOff, dueDate, openedAt, openedBy);
    }
}
