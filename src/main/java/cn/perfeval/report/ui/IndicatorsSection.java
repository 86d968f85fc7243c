package cn.perfeval.report.ui;

import cn.perfeval.report.ReportDocument.Indicator;
import java.util.List;

/** 绩效指标: the report's own indicators as a tree (一级 → 二级 → 三级). */
final class IndicatorsSection extends Section {

    private final IndicatorTree tree;

    IndicatorsSection(EditorContext ctx, List<Indicator> indicators) {
        super(ctx, "indicators", "editor.section.indicators");
        tree = new IndicatorTree(ctx, "indicators-table", "indicators", null, indicators);
        add(tree);
    }

    @Override
    boolean isEmpty() {
        return tree.rows().isEmpty();
    }

    @Override
    protected void redraw() {
        tree.redraw();
    }

    @Override
    void focus(String table, String row, String column) {
        scrollIntoView();
        if (row != null) {
            tree.focus(row, column);
        }
    }

    List<Indicator> indicators() {
        return tree.indicators();
    }

    IndicatorTree tree() {
        return tree;
    }
}
