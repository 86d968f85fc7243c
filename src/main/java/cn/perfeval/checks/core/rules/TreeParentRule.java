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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every 款 (5 digits) has its 类 and every 项 (7 digits) its 款 in the same table: a row without
 * its parent escapes the code-tree sums and the totals by 类. A warning (the drafter adds the
 * parent row, or corrects the code). Finding: table {@code income} or {@code expenditure}, row the
 * orphan's code, column {@code total}; expected {@code null} (there is no parent to hold it), found
 * the orphan's total.
 */
public final class TreeParentRule implements Rule {

    public static final String ID = "tree.parent";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Integer unit = Figures.unitIndex(document.unit());
        for (Tables.Table table : Tables.of(document)) {
            Set<String> codes = new HashSet<>();
            table.rows().forEach(r -> codes.add(r.code()));
            for (Tables.Row row : table.rows()) {
                if (row.isLei() || codes.contains(row.parentCode())) {
                    continue;
                }
                out.add(new Finding(ID, Severity.WARNING, table.name(), row.code(), "total", null, row.total(),
                        message("check.tree.parent", table.index(), row.code(), name(row.name()), row.parentCode(),
                                row.code().length() == 5 ? 0 : 1,
                                row.total() == null ? "—" : money(row.total()), unit)));
            }
        }
    }
}
