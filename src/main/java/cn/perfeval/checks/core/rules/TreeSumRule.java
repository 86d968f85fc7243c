package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.gap;
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
 * 类 = Σ 款, 款 = Σ 项, in every money column of the income table ({@code total}, {@code fiscal},
 * {@code other}) and of the expenditure table ({@code total}, {@code basic}, {@code project}).
 * The children of a row are the rows whose code starts with its code and is two digits longer;
 * a row without children, or with its own or a child's value unknown, is not judged.
 * Finding: table and row (the parent's code) and column; expected Σ children, found the parent's value.
 */
public final class TreeSumRule implements Rule {

    public static final String ID = "tree.sum";

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
                if (parent.code().length() == 7 || kids == null) {
                    continue;
                }
                for (int c = 0; c < table.columns().size(); c++) {
                    BigDecimal stated = parent.value(c);
                    BigDecimal sum = sum(kids, c);
                    if (Figures.differ(stated, sum)) {
                        String column = table.columns().get(c);
                        out.add(new Finding(ID, Severity.ERROR, table.name(), parent.code(), column, sum, stated,
                                message("check.tree.sum." + table.name() + "." + column, parent.code(),
                                        name(parent.name()), money(stated), money(sum), gap(stated, sum), unit,
                                        parent.isLei() ? 0 : 1)));
                    }
                }
            }
        }
    }

    private static BigDecimal sum(List<Tables.Row> rows, int column) {
        BigDecimal total = BigDecimal.ZERO;
        for (Tables.Row row : rows) {
            BigDecimal value = row.value(column);
            if (value == null) {
                return null;
            }
            total = total.add(value);
        }
        return total;
    }
}
