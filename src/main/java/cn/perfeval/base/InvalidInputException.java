package cn.perfeval.base;

import java.util.List;

/** Input that fails validation (HTTP 400): every bad field is listed, nothing was stored. */
public class InvalidInputException extends PerfevalException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(new LocalizedMessage("error.invalid-input", problems.size()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
