package cn.perfeval.report;

/** What moved a report: its creation and the six actions of its route. */
public enum ReportAction {
    CREATE, SUBMIT, WITHDRAW, PASS, APPROVE, RETURN, SCHEDULE_PUBLICATION, PUBLISH;

    /** The message key of the action's name. */
    public String labelKey() {
        return "action." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
