package cn.perfeval.report;

/**
 * What moved a report: its creation and the actions of its route; and what handed its open review
 * to another reviewer without moving it ({@link #DELEGATE}, {@link #RESOLVE}, {@link #TRANSFER}).
 */
public enum ReportAction {
    CREATE, SUBMIT, WITHDRAW, PASS, APPROVE, RETURN, SCHEDULE_PUBLICATION, PUBLISH,
    /** 委派: a reviewer asks a colleague to handle its task; the task comes back when the colleague resolves it. */
    DELEGATE,
    /** 办结委派: the colleague hands a delegated task back to the reviewer who delegated it. */
    RESOLVE,
    /** 转办: a reviewer hands its task over to a colleague, who holds it from then on. */
    TRANSFER;

    /** The message key of the action's name. */
    public String labelKey() {
        return "action." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
