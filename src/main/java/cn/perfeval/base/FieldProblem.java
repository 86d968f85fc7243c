package cn.perfeval.base;

/**
 * One field at fault: {@code field} names it for machines, by its path in the document or form (e.g.
 * {@code income[3].total}); {@code place}, where known, names it for people as they see it (e.g.
 * 收入决算 第 4 行（科目 2109999）的合计). A user reads {@link #text()}, never the path.
 */
public record FieldProblem(String field, LocalizedMessage message, LocalizedMessage place) {

    public FieldProblem(String field, LocalizedMessage message) {
        this(field, message, null);
    }

    public static FieldProblem of(String field, String key, Object... args) {
        return new FieldProblem(field, new LocalizedMessage(key, args));
    }

    /** The same problem, its place named in the user's words. */
    public FieldProblem at(LocalizedMessage where) {
        return new FieldProblem(field, message, where);
    }

    /**
     * What the user is told: the place and what is wrong there ("…的科目名称必须填写。"), or the
     * message alone where the place is not known (the form shows it at its field).
     */
    public LocalizedMessage text() {
        if (place == null) {
            return message;
        }
        if ("doc.required".equals(message.key())) {
            return new LocalizedMessage("problem.required-at", place);
        }
        return new LocalizedMessage("problem.at", place, message);
    }
}
