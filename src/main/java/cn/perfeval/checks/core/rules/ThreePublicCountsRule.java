package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;
import static cn.perfeval.checks.core.rules.Texts.money;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import java.math.BigDecimal;
import java.util.List;

/**
 * 公务接待 counts that cannot be: an amount spent on reception with 0 batches or 0 persons
 * received, or more batches than persons. Finding: table {@code threePublicExpenses}, row
 * {@code reception}, column {@code receptionBatches} or {@code receptionPersons}; found the
 * stated count, expected at least 1 where money was spent, or for batches above persons the persons.
 */
public final class ThreePublicCountsRule implements Rule {

    public static final String ID = "three-public.counts";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        ThreePublicExpenses three = document.threePublicExpenses();
        if (three == null) {
            return;
        }
        Integer batches = three.receptionBatches();
        Integer persons = three.receptionPersons();
        BigDecimal reception = three.actual() == null ? null : three.actual().reception();
        if (reception != null && reception.signum() > 0) {
            Integer unit = Figures.unitIndex(document.unit());
            if (batches != null && batches == 0) {
                out.add(new Finding(ID, Severity.ERROR, "threePublicExpenses", "reception", "receptionBatches", BigDecimal.ONE,
                        BigDecimal.ZERO, message("check.three-public.counts.no-batches", money(reception), unit)));
            }
            if (persons != null && persons == 0) {
                out.add(new Finding(ID, Severity.ERROR, "threePublicExpenses", "reception", "receptionPersons", BigDecimal.ONE,
                        BigDecimal.ZERO, message("check.three-public.counts.no-persons", money(reception), unit)));
            }
        }
        if (batches != null && persons != null && batches > persons) {
            out.add(new Finding(ID, Severity.ERROR, "threePublicExpenses", "reception", "receptionBatches",
                    BigDecimal.valueOf(persons), BigDecimal.valueOf(batches),
                    message("check.three-public.counts.batches-above-persons", batches, persons)));
        }
    }
}
