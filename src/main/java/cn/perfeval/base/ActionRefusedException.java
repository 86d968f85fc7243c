package cn.perfeval.base;

import java.util.List;
import java.util.Map;

/**
 * The action is not allowed in the object's current state (HTTP 409). May carry the field-level
 * reasons, for example the check findings that block a submission.
 */
public class ActionRefusedException extends PerfevalException {

    private final List<FieldProblem> problems;
    private final Map<String, Object> details;

    public ActionRefusedException(String key, Object... args) {
        this(List.of(), key, args);
    }

    public ActionRefusedException(List<FieldProblem> problems, String key, Object... args) {
        this(problems, Map.of(), key, args);
    }

    /**
     * A refusal with details for machines: each entry becomes a property of the API's problem
     * response (e.g. {@code findings}: the check findings that block a submission).
     */
    public ActionRefusedException(List<FieldProblem> problems, Map<String, Object> details, String key,
            Object... args) {
        super(new LocalizedMessage(key, args));
        this.problems = List.copyOf(problems);
        this.details = Map.copyOf(details);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public Map<String, Object> details() {
        return details;
    }
}
