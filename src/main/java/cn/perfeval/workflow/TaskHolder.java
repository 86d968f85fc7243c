package cn.perfeval.workflow;

/**
 * Who holds a report's open review now: nobody in particular ({@code assignee} null: any reviewer
 * of the step's role and scope may take it), a reviewer it was transferred or handed back to, or,
 * while a delegation is pending, the colleague it was delegated to ({@code assignee}) on behalf
 * of the reviewer who delegated it ({@code delegatedBy}).
 */
public record TaskHolder(Step step, String assignee, String delegatedBy) {

    /** Whether a delegation is waiting for the colleague to resolve it. */
    public boolean delegated() {
        return delegatedBy != null;
    }
}
