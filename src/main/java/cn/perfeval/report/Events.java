package cn.perfeval.report;

/** Domain events of the report module. */
public final class Events {

    private Events() {
    }

    /** A report was created in drafting (by import or by hand). */
    public record ReportCreated(long reportId, long departmentId, long regionId, String username) {
    }

    /** A drafter saved the report's figures or texts. */
    public record ReportSaved(long reportId, String username, long version) {
    }

    /** A report moved on its route. */
    public record ReportStatusChanged(long reportId, ReportAction action, ReportStatus from, ReportStatus to, int round,
            String username, String comment) {
    }

    /**
     * A reviewer handed the report's open review to a colleague ({@code DELEGATE}, {@code TRANSFER})
     * or back to the reviewer who delegated it ({@code RESOLVE}); the report stays where it was.
     */
    public record ReportTaskHandedOver(long reportId, ReportAction action, ReportStatus status, int round,
            String username, String toUser, String comment) {
    }
}
