package cn.perfeval.report.ui;

import cn.perfeval.report.ReportDocument.Totals;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.math.BigDecimal;
import java.util.function.IntFunction;

/**
 * 报表合计: the totals as the department stated them, each with the sum of the tables' 类 rows
 * beside it (marked where they differ). Opening and closing balances have no rows to sum.
 */
final class TotalsSection extends Section {

    static final String[] KEYS = {"income", "incomeFiscal", "incomeOther", "expenditure", "basic", "project",
        "openingBalance", "closingBalance"};

    private final BigDecimal[] values = new BigDecimal[KEYS.length];
    private final FormLayout form = new FormLayout();
    private final IntFunction<BigDecimal> incomeSum;
    private final IntFunction<BigDecimal> expenditureSum;

    /**
     * @param incomeSum the income table's 类 rows summed, by column (0 total, 1 fiscal, 2 other)
     * @param expenditureSum the expenditure table's, by column (0 total, 1 basic, 2 project)
     */
    TotalsSection(EditorContext ctx, Totals totals, IntFunction<BigDecimal> incomeSum,
            IntFunction<BigDecimal> expenditureSum) {
        super(ctx, "totals", "editor.section.totals");
        this.incomeSum = incomeSum;
        this.expenditureSum = expenditureSum;
        if (totals != null) {
            BigDecimal[] stated = {totals.income(), totals.incomeFiscal(), totals.incomeOther(), totals.expenditure(),
                totals.basic(), totals.project(), totals.openingBalance(), totals.closingBalance()};
            System.arraycopy(stated, 0, values, 0, stated.length);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        add(form);
        redraw();
    }

    @Override
    boolean hasMoney() {
        return true;
    }

    @Override
    boolean isEmpty() {
        for (BigDecimal v : values) {
            if (v != null) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void redraw() {
        form.removeAll();
        for (int i = 0; i < KEYS.length; i++) {
            int at = i;
            Component field = ctx.moneyField(ctx.t("report.totals." + KEYS[i]), values[i], v -> values[at] = v,
                    this::showSums);
            field.setId("totals-" + KEYS[i]);
            form.add(field(KEYS[i], field));
        }
        showSums();
    }

    /** Writes the rows' sums under the stated totals. */
    void showSums() {
        for (int i = 0; i < 6; i++) {
            BigDecimal sum = i < 3 ? incomeSum.apply(i) : expenditureSum.apply(i - 3);
            computed(KEYS[i], sum == null ? null : ctx.t("editor.rows-sum", ctx.money(sum)),
                    EditorContext.differ(values[i], sum));
        }
    }

    Totals totals() {
        return new Totals(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]);
    }
}
