package cn.perfeval.report.ui;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.DepartmentPart;
import cn.perfeval.report.ReportDocument.Staffing;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** 基本信息: the department's type, staffing and duties, and the year's main tasks. */
final class BasicSection extends Section {

    private final DepartmentPart original;
    private final TextField type = new TextField();
    private final IntegerField authorized = new IntegerField();
    private final IntegerField actual = new IntegerField();
    private final IntegerField retired = new IntegerField();
    private final TextArea duties = new TextArea();
    private final TextArea mainTasks = new TextArea();

    BasicSection(EditorContext ctx, ReportDocument doc) {
        super(ctx, "basic", "editor.section.basic");
        this.original = doc.department();
        Staffing staffing = original == null ? null : original.staffing();
        type.setLabel(ctx.t("report.basic.type"));
        authorized.setLabel(ctx.t("report.basic.authorized"));
        actual.setLabel(ctx.t("report.basic.actual"));
        retired.setLabel(ctx.t("report.basic.retired"));
        duties.setLabel(ctx.t("report.basic.duties"));
        mainTasks.setLabel(ctx.t("report.basic.main-tasks"));
        ctx.bind(type, original == null ? null : original.type(), v -> { });
        ctx.bind(duties, original == null ? null : original.duties(), v -> { });
        ctx.bind(mainTasks, doc.mainTasks(), v -> { });
        for (IntegerField f : List.of(authorized, actual, retired)) {
            f.setMin(0);
            f.setStepButtonsVisible(ctx.editable());
            f.setReadOnly(!ctx.editable());
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    ctx.changed();
                }
            });
        }
        authorized.setValue(staffing == null ? null : staffing.authorized());
        actual.setValue(staffing == null ? null : staffing.actual());
        retired.setValue(staffing == null ? null : staffing.retired());
        FormLayout form = new FormLayout(field("type", type), field("authorized", authorized),
                field("actual", actual), field("retired", retired), field("duties", duties),
                field("mainTasks", mainTasks));
        form.setColspan(duties, 4);
        form.setColspan(mainTasks, 4);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 4));
        add(form);
    }

    @Override
    protected void redraw() {
        // no money here
    }

    /** The department part as edited (name and region as stored: they are not edited here). */
    DepartmentPart department() {
        Staffing staffing = authorized.getValue() == null && actual.getValue() == null && retired.getValue() == null
                ? null : new Staffing(authorized.getValue(), actual.getValue(), retired.getValue());
        return new DepartmentPart(original == null ? null : original.name(),
                original == null ? null : original.region(), ReportSheet.blankToNull(type.getValue()), staffing,
                ReportSheet.blankToNull(duties.getValue()));
    }

    String mainTasks() {
        return ReportSheet.blankToNull(mainTasks.getValue());
    }
}
