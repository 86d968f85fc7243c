package cn.perfeval.base;

/** One field at fault, named by its path in the document or form (e.g. {@code income[3].total}). */
public record FieldProblem(String field, LocalizedMessage message) {

    public static FieldProblem of(String field, String key, Object... args) {
        return new FieldProblem(field, new LocalizedMessage(key, args));
    }
}
