package cn.perfeval.report.ui;

import cn.perfeval.report.ReportDocument.Assets;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.math.BigDecimal;

/** 资产: total assets, liabilities, net assets, fixed assets; 负债 + 净资产 shown beside the total. */
final class AssetsSection extends Section {

    static final String[] KEYS = {"total", "liabilities", "net", "fixedAssetsOriginal", "fixedAssetsInUse"};

    private final BigDecimal[] values = new BigDecimal[KEYS.length];
    private final FormLayout form = new FormLayout();

    AssetsSection(EditorContext ctx, Assets assets) {
        super(ctx, "assets", "editor.section.assets");
        if (assets != null) {
            BigDecimal[] stated = {assets.total(), assets.liabilities(), assets.net(), assets.fixedAssetsOriginal(),
                assets.fixedAssetsInUse()};
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
        return assets() == null;
    }

    @Override
    protected void redraw() {
        form.removeAll();
        for (int i = 0; i < KEYS.length; i++) {
            int at = i;
            Component field = ctx.moneyField(ctx.t("editor.assets." + KEYS[i]), values[i], v -> values[at] = v,
                    this::showSum);
            field.setId("assets-" + KEYS[i]);
            form.add(field(KEYS[i], field));
        }
        showSum();
    }

    private void showSum() {
        BigDecimal parts = values[1] == null || values[2] == null ? null : values[1].add(values[2]);
        computed("total", parts == null ? null : ctx.t("editor.assets.parts", ctx.money(parts)),
                EditorContext.differ(values[0], parts));
    }

    Assets assets() {
        for (BigDecimal v : values) {
            if (v != null) {
                return new Assets(values[0], values[1], values[2], values[3], values[4]);
            }
        }
        return null;
    }
}
