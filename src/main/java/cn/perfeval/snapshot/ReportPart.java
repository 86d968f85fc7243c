package cn.perfeval.snapshot;

/**
 * The parts of a report that differences are grouped by, in the order a published report shows
 * them. {@link #table()} is the part's name in the interchange document and in the checks'
 * findings ({@code income}, {@code expenditure}, ...).
 */
public enum ReportPart {
    BASIC("department"),
    INCOME("income"),
    EXPENDITURE("expenditure"),
    TOTALS("totals"),
    BUDGET("budget"),
    THREE_PUBLIC("threePublicExpenses"),
    ASSETS("assets"),
    INDICATORS("indicators"),
    PROJECTS("projects"),
    SCORING("scoring"),
    CONCLUSIONS("conclusions"),
    EVIDENCE("evidence");

    private final String table;

    ReportPart(String table) {
        this.table = table;
    }

    public String table() {
        return table;
    }

    /** The message key of the part's title. */
    public String labelKey() {
        return "changes.part." + name();
    }

    /** The message key of one of the part's fields ({@code total}, {@code budget.fiscal}, ...). */
    public String fieldKey(String field) {
        return "changes.field." + name() + "." + field;
    }
}
