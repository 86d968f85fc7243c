package cn.perfeval.base;

import java.util.List;

/**
 * The action is not allowed in the object's current state (HTTP 409). May carry the field-level
 * reasons, for example the check findings that block a submission.
 */
public class ActionRefusedException extends PerfevalException {

    private final List<FieldProblem> problems;

    public ActionRefusedException(String key, Object... args) {
        this(List.of(), key, args);
    }

    public ActionRefusedException(List<FieldProblem> problems, String key, Object... args) {
        super(new LocalizedMessage(key, args));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
