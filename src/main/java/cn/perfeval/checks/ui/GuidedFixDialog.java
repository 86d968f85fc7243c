package cn.perfeval.checks.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.report.Repair;
import cn.perfeval.report.RepairPlan;
import cn.perfeval.report.RepairPlan.CellChange;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the user to confirm a guided fix: what it does, and each cell it changes, named as the user
 * sees it on the sheet ("收入决算 新增第 25 行（科目 21099 其他卫生健康支出）的财政拨款收入：空 → 13.17").
 * A sentence replaced in a text is shown as written and as it will read. Nothing changes unless the
 * user confirms; where the page holds unsaved input, the dialog says it is saved with the fix.
 */
public class GuidedFixDialog extends ConfirmDialog {

    private final List<String> lines = new ArrayList<>();

    public GuidedFixDialog(RepairPlan plan, boolean unsavedInput, Runnable onConfirm) {
        setId("fix-dialog");
        setHeader(label(this, plan));
        Div body;
        if (plan.text() != null) {
            Paragraph before = new Paragraph(getTranslation("fix.sentence.before", plan.text().before()));
            before.setId("fix-sentence-before");
            Paragraph after = new Paragraph(getTranslation("fix.sentence.after", plan.text().after()));
            after.setId("fix-sentence-after");
            lines.add(before.getText());
            lines.add(after.getText());
            body = new Div(new Paragraph(getTranslation("fix.sentence.intro",
                    getTranslation("findings.text." + plan.text().field()))), before, after);
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("fix-changes");
            for (CellChange change : plan.changes()) {
                String line = getTranslation("fix.change", place(change), value(change.before()),
                        value(change.after()));
                lines.add(line);
                list.add(new ListItem(line));
            }
            body = new Div(new Paragraph(getTranslation("fix.dialog.intro", plan.changes().size())), list);
        }
        if (unsavedInput) {
            Paragraph unsaved = new Paragraph(getTranslation("fix.dialog.unsaved"));
            unsaved.setId("fix-unsaved");
            body.add(unsaved);
        }
        setText(body);
        setConfirmText(getTranslation("fix.dialog.confirm"));
        setCancelable(true);
        setCancelText(getTranslation("fix.dialog.cancel"));
        addConfirmListener(e -> onConfirm.run());
    }

    /** The changed cells as the dialog lists them; for a sentence, the sentence before and after. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** What the repair does, in the user's words, e.g. "用各行合计 20,985,541.88 替换填报的合计". */
    public static String label(Component in, RepairPlan plan) {
        String amount = Formats.money(plan.amount());
        return switch (plan.repair()) {
            case Repair.AddMissingRows r -> in.getTranslation("fix.add-rows." + r.table(),
                    String.join(" / ", plan.codes()), amount);
            case Repair.TotalFromRows r -> in.getTranslation("fix.total-from-rows", amount,
                    in.getTranslation("report.totals." + r.field()));
            case Repair.ParentFromChildren r -> in.getTranslation("fix.parent-from-children",
                    in.getTranslation("editor.section." + r.table()), r.code(),
                    in.getTranslation("place.column." + r.table() + "." + r.column()), amount);
            case Repair.ReplaceSentence r -> in.getTranslation("fix.replace-sentence",
                    in.getTranslation("findings.text." + r.field()));
        };
    }

    private String place(CellChange c) {
        if (c.code() == null) {
            return getTranslation("fix.place.totals", getTranslation("report.totals." + c.column()));
        }
        String name = c.name() == null ? "" : c.name().strip();
        return getTranslation(c.added() ? "fix.place.new-row" : "fix.place.row",
                getTranslation("editor.section." + c.table()), String.valueOf(c.rowNumber()), (c.code() + " " + name).strip(),
                getTranslation("place.column." + c.table() + "." + c.column()));
    }

    private String value(java.math.BigDecimal v) {
        return v == null ? getTranslation("fix.empty") : Formats.money(v);
    }
}
