package cn.perfeval.monitoring;

/** How an indicator's target stands at the cut-off, as the department expects it. */
public enum Progress {
    /** 预计能完成. */
    EXPECTED_MET,
    /** 存在风险: needs a reason and a corrective measure. */
    AT_RISK,
    /** 预计不能完成: needs a reason and a corrective measure. */
    WILL_NOT_BE_MET;

    /** Whether the department must say why and what it does about it. */
    public boolean needsExplanation() {
        return this != EXPECTED_MET;
    }

    public String labelKey() {
        return "monitoring.progress." + name();
    }
}
