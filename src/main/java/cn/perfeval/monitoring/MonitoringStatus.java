package cn.perfeval.monitoring;

/** Where a monitoring report stands: drafted, or submitted (final unless replaced before the due date). */
public enum MonitoringStatus {
    DRAFTING, SUBMITTED;

    public String labelKey() {
        return "monitoring.status." + name();
    }
}
