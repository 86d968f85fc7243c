package cn.perfeval.report;

import cn.perfeval.base.ActionRefusedException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guided fixes: shows what a {@link Repair} would change on a draft, and applies it, once the
 * drafter has confirmed, through the normal save ({@link ReportService#saveDraft}): the same
 * validation, the same refusal of a stale version, the same history and audit as a save.
 */
@Service
@Transactional
public class ReportRepairs {

    private final ReportService reports;

    ReportRepairs(ReportService reports) {
        this.reports = reports;
    }

    /**
     * What the repair would change on {@code document} (the draft as the drafter sees it, money in yuan),
     * or empty where it does not apply. Nothing is stored.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    @Transactional(readOnly = true)
    public Optional<RepairPlan> preview(ReportDocument document, Repair repair) {
        return Repairs.plan(document, repair);
    }

    /**
     * Applies the repair to {@code document} (the draft as the drafter sees it; {@code null}: the draft as
     * stored) and saves the result over {@code expectedVersion}. Refused where the repair no longer applies,
     * and as any save is: someone saved meanwhile, the report is no longer in drafting, or out of scope. A
     * sentence to replace that is no longer at its place in its text is refused as such.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public ReportSummary apply(long id, long expectedVersion, ReportDocument document, Repair repair) {
        ReportDocument base = document == null ? reports.export(id, MoneyUnit.YUAN) : document;
        RepairPlan plan = Repairs.plan(base, repair)
                .orElseThrow(() -> new ActionRefusedException(repair instanceof Repair.ReplaceSentence
                        ? "error.repair.sentence-changed" : "error.repair.gone"));
        return reports.saveDraft(id, expectedVersion, plan.result());
    }
}
