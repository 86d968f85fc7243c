package cn.perfeval.tracking;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.workflow.Step;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The due date of each step of a round (评价任务): drafting must be submitted by
 * {@code submission} (填报截止, required), bureau review passed by {@code bureauReview}, finance
 * sign-off given by {@code financeSignOff} and the approved report published by
 * {@code publication}; the last three are optional (no due date, no reminder).
 */
public record Deadlines(LocalDate submission, LocalDate bureauReview, LocalDate financeSignOff,
        LocalDate publication) {

    /**
     * One date for the whole route up to approval, as rounds had before each step got its own: the
     * report is submitted, reviewed and signed off by then; publication has no date of its own
     * (the legal 20 days after approval still apply).
     */
    public static Deadlines single(LocalDate deadline) {
        return new Deadlines(deadline, deadline, deadline, null);
    }

    /** The due date of the step; null when the round sets none. */
    public LocalDate of(Step step) {
        return switch (step) {
            case DRAFTING -> submission;
            case BUREAU_REVIEW -> bureauReview;
            case FINANCE_SIGN_OFF -> financeSignOff;
            case PUBLICATION -> publication;
        };
    }

    /** The date by which a report is to be approved: the sign-off deadline, else the latest one before it. */
    public LocalDate approval() {
        return financeSignOff != null ? financeSignOff : bureauReview != null ? bureauReview : submission;
    }

    /**
     * What is wrong with these dates: the submission deadline missing, a step due before the step
     * ahead of it, or (when {@code notBefore} is given) a date before that day.
     */
    /** The four dates as the round's form names them, in the route's order. */
    static final String[] LABELS = {"rounds.deadline", "rounds.deadline.bureau", "rounds.deadline.finance",
        "rounds.deadline.publication"};

    List<FieldProblem> problems(LocalDate notBefore) {
        List<FieldProblem> problems = new ArrayList<>();
        if (submission == null) {
            problems.add(FieldProblem.of("deadline", "error.round.deadline-required"));
        }
        String[] fields = {"deadline", "bureauReviewDeadline", "financeSignOffDeadline", "publicationDeadline"};
        LocalDate[] dates = {submission, bureauReview, financeSignOff, publication};
        LocalDate previous = null;
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                continue;
            }
            if (notBefore != null && dates[i].isBefore(notBefore)) {
                problems.add(FieldProblem.of(fields[i], "error.round.deadline-past", dates[i].toString())
                        .at(new LocalizedMessage(LABELS[i])));
            } else if (previous != null && dates[i].isBefore(previous)) {
                problems.add(FieldProblem.of(fields[i], "error.round.deadline-order", dates[i].toString(),
                        previous.toString()).at(new LocalizedMessage(LABELS[i])));
            }
            previous = previous == null || dates[i].isAfter(previous) ? dates[i] : previous;
        }
        return problems;
    }
}
