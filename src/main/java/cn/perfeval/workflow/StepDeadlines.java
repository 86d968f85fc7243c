package cn.perfeval.workflow;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the due date of a step comes from: the module that keeps the year's rounds (评价任务)
 * implements it. A task gets its due date from here when it is created, and again when the
 * deadlines of its round change.
 */
public interface StepDeadlines {

    /**
     * The date by which the step of the department's report of that year is due; empty when no
     * open round of that year covering the department sets one for the step.
     */
    Optional<LocalDate> due(long departmentId, int year, Step step);
}
