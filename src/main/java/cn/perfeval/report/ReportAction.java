package cn.perfeval.report;

/**
 * What moved a report: its creation and the actions of its route; and what handed its open review
 * to another reviewer without moving it ({@link #DELEGATE}, {@link #RESOLVE}, {@link #TRANSFER}), or
 * took it up ({@link #CLAIM}).
 */
public enum ReportAction {
    CREATE, SUBMIT, WITHDRAW, PASS, APPROVE, RETURN, SCHEDULE_PUBLICATION, PUBLISH,
    /** 委派: a reviewer asks a colleague to handle its task; the task comes back when the colleague resolves it. */
    DELEGATE,
    /** 办结委派: the colleague hands a delegated task back to the reviewer who delegated it. */
    RESOLVE,
    /** 转办: a reviewer hands its task over to a colleague, who holds it from then on. */
    TRANSFER,
    /**
     * 签收: a reviewer opened the review screen of a report nobody held, or commented on it, and
     * holds its task from then on; the drafter can no longer withdraw the submission.
     */
    CLAIM,
    /** The drafter replaced the draft's whole document through the API ({@code PUT /api/reports/{id}}). */
    REPLACE;

    /** The message key of the action's name. */
    public String labelKey() {
        return "action." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
