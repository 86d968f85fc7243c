package cn.perfeval.report;

/** What a history line says beyond its action and statuses: where a return asked the report to go next. */
public enum RouteNote {
    /** A return by finance asking that the corrected report come straight back to finance sign-off. */
    BACK_TO_FINANCE,
    /** A submission that went straight back to finance sign-off, past the steps it had already passed. */
    STRAIGHT_BACK_TO_FINANCE;

    /** The message key of the note. */
    public String labelKey() {
        return "history.note." + name();
    }
}
