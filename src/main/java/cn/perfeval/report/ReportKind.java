package cn.perfeval.report;

/** The three kinds of self-evaluation report. */
public enum ReportKind {
    /** 部门整体支出绩效自评. */
    DEPARTMENT_OVERALL,
    /** 项目支出绩效自评. */
    PROJECT,
    /** 转移支付区域（项目）绩效目标自评. */
    TRANSFER_PAYMENT
}
