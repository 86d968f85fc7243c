package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.message;
import static cn.perfeval.checks.core.rules.Texts.money;
import static cn.perfeval.checks.core.rules.Texts.name;

import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A 类 or 款 whose cell is blank in a column where every one of its children states an amount,
 * adding up to something other than zero: the parent's figure is missing (the tree sums cannot
 * judge a blank). A warning: the drafter fills it in. Finding: table and row (the parent's code)
 * and column; expected Σ children, found {@code null}.
 */
public final class TreeBlankParentRule implements Rule {

    public static final String ID = "tree.blank-parent";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Integer unit = Figures.unitIndex(document.unit());
        for (Tables.Table table : Tables.of(document)) {
            Map<String, List<Tables.Row>> children = new HashMap<>();
            for (Tables.Row row : table.rows()) {
                if (!row.isLei()) {
                    children.computeIfAbsent(row.parentCode(), k -> new ArrayList<>()).add(row);
                }
            }
            for (Tables.Row parent : table.rows()) {
                List<Tables.Row> kids = children.get(parent.code());
                if (kids == null) {
                    continue;
                }
                for (int c = 0; c < table.columns().size(); c++) {
                    if (parent.value(c) != null) {
                        continue;
                    }
                    List<BigDecimal> values = new ArrayList<>();
                    for (Tables.Row kid : kids) {
                        values.add(kid.value(c));
                    }
                    BigDecimal sum = Figures.sum(values);
                    if (sum != null && sum.signum() != 0) {
                        out.add(new Finding(ID, Severity.WARNING, table.name(), parent.code(), table.columns().get(c),
                                sum, null, message("check.tree.blank-parent", table.index(), parent.code(),
                                        name(parent.name()), table.columnIndex(c), parent.isLei() ? 0 : 1, money(sum),
                                        unit)));
                    }
                }
            }
        }
    }
}
