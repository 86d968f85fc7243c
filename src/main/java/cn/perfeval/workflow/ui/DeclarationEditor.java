package cn.perfeval.workflow.ui;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.MoneyInputs;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationFinding;
import cn.perfeval.report.MoneyUnit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The declaration's form (decision 0043): the overall target, the funds by source in the chosen unit
 * and the indicator rows (一级 / 二级 / 三级指标, 指标值, 分值), added and removed, with the weights'
 * sum. It only collects what is typed: the service validates and checks it, and the form shows each
 * problem and finding at its field in the service's words, the input kept.
 */
final class DeclarationEditor extends VerticalLayout {

    /** The first levels and their usual second levels offered in the lists (others may be typed). */
    static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标", "成本指标");
    static final Map<String, List<String>> LEVEL2 = Map.of(
            "产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标"),
            "效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
            "满意度指标", List.of("服务对象满意度指标"),
            "成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标"));

    /** One indicator's fields. */
    private final class Row {
        final ComboBox<String> level1 = new ComboBox<>();
        final ComboBox<String> level2 = new ComboBox<>();
        final TextField name = new TextField();
        final TextField target = new TextField();
        final BigDecimalField weight = new BigDecimalField();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final HorizontalLayout line;

        Row(DeclarationDocument.Indicator indicator) {
            level1.setAllowCustomValue(true);
            level2.setAllowCustomValue(true);
            choices(level1, LEVEL1, indicator == null ? null : indicator.level1());
            choices(level2, level2Of(level1.getValue()),
                    indicator == null ? null : indicator.level2());
            level1.addCustomValueSetListener(e -> choices(level1, LEVEL1, e.getDetail()));
            level2.addCustomValueSetListener(e -> choices(level2, level2Of(level1.getValue()),
                    e.getDetail()));
            level1.addValueChangeListener(e -> choices(level2, level2Of(e.getValue()),
                    level2.getValue()));
            name.setValue(indicator == null ? "" : Objects.toString(indicator.name(), ""));
            target.setValue(indicator == null ? "" : Objects.toString(indicator.target(), ""));
            weight.setValue(indicator == null ? null : indicator.weight());
            weight.addThemeVariants(TextFieldVariant.ALIGN_RIGHT);
            weight.addValueChangeListener(e -> showSum());
            level1.setWidth("10em");
            level2.setWidth("12em");
            name.setWidth("16em");
            target.setWidth("12em");
            weight.setWidth("6em");
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("declaration.editor.remove"));
            remove.setTooltipText(getTranslation("declaration.editor.remove"));
            remove.addClickListener(e -> {
                rows.remove(this);
                layoutRows();
            });
            line = new HorizontalLayout(level1, level2, name, target, weight, remove);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.setWrap(true);
        }

        void number(int at) {
            String prefix = "indicator-" + at + "-";
            level1.setId(prefix + "level1");
            level2.setId(prefix + "level2");
            name.setId(prefix + "name");
            target.setId(prefix + "target");
            weight.setId(prefix + "weight");
            remove.setId(prefix + "remove");
            boolean first = at == 0;
            level1.setLabel(first ? getTranslation("declaration.field.level1") : null);
            level2.setLabel(first ? getTranslation("declaration.field.level2") : null);
            name.setLabel(first ? getTranslation("declaration.field.name") : null);
            target.setLabel(first ? getTranslation("declaration.field.target") : null);
            weight.setLabel(first ? getTranslation("declaration.field.weight") : null);
        }

        DeclarationDocument.Indicator indicator() {
            return new DeclarationDocument.Indicator(text(level1.getValue()), text(level2.getValue()),
                    text(name.getValue()), text(target.getValue()), weight.getValue());
        }

        List<HasValidation> fields() {
            return List.of(level1, level2, name, target, weight);
        }
    }

    private final DeclarationDocument original;
    private final TextArea overallTarget = new TextArea();
    private final Select<MoneyUnit> unit = new Select<>();
    private final BigDecimalField total = money("funds-total", "declaration.field.funds.total");
    private final BigDecimalField fiscal = money("funds-fiscal", "declaration.field.funds.fiscal");
    private final BigDecimalField other = money("funds-other", "declaration.field.funds.other");
    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout rowsBox = new VerticalLayout();
    private final Span sum = new Span();
    private final Paragraph indicatorsMessage = new Paragraph();

    /** The form filled with the document (an empty draft's fields are empty). */
    DeclarationEditor(DeclarationDocument document) {
        this.original = document;
        setPadding(false);
        setId("declaration-editor");
        overallTarget.setId("overall-target");
        overallTarget.setLabel(getTranslation("declaration.field.overallTarget"));
        overallTarget.setWidthFull();
        overallTarget.setValue(Objects.toString(document.overallTarget(), ""));
        unit.setId("funds-unit");
        unit.setLabel(getTranslation("declaration.editor.unit"));
        unit.setItems(MoneyUnit.YUAN, MoneyUnit.WAN_YUAN);
        unit.setItemLabelGenerator(u -> getTranslation("declaration.view.unit." + u.name()));
        unit.setValue(document.unit() == null ? MoneyUnit.YUAN : document.unit());
        DeclarationDocument.Funds funds = document.funds();
        if (funds != null) {
            total.setValue(funds.total());
            fiscal.setValue(funds.fiscal());
            other.setValue(funds.other());
        }
        HorizontalLayout fundsBar = new HorizontalLayout(total, fiscal, other, unit);
        fundsBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        fundsBar.setWrap(true);

        if (document.indicators() != null) {
            document.indicators().stream().filter(Objects::nonNull).map(Row::new).forEach(rows::add);
        }
        rowsBox.setPadding(false);
        rowsBox.setSpacing(false);
        rowsBox.setId("indicator-rows");
        Button add = new Button(getTranslation("declaration.editor.add"), VaadinIcon.PLUS.create(), e -> {
            rows.add(new Row(null));
            layoutRows();
            rows.getLast().name.focus();
        });
        add.setId("add-indicator");
        add.addThemeVariants(ButtonVariant.SMALL);
        sum.setId("weights-sum");
        indicatorsMessage.setId("indicators-message");
        indicatorsMessage.getStyle().set("color", "var(--lumo-error-text-color)");
        indicatorsMessage.setVisible(false);
        HorizontalLayout addBar = new HorizontalLayout(add, sum);
        addBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(overallTarget, new H3(getTranslation("declaration.field.funds")), fundsBar,
                new H3(getTranslation("declaration.field.indicators")), rowsBox, addBar, indicatorsMessage);
        layoutRows();
    }

    private BigDecimalField money(String id, String labelKey) {
        BigDecimalField field = MoneyInputs.refuseLetters(new BigDecimalField(getTranslation(labelKey)));
        field.setId(id);
        field.addThemeVariants(TextFieldVariant.ALIGN_RIGHT);
        return field;
    }

    private void layoutRows() {
        rowsBox.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i);
            rowsBox.add(rows.get(i).line);
        }
        showSum();
    }

    private void showSum() {
        BigDecimal weights = rows.stream().map(r -> r.weight.getValue()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shown = weights.stripTrailingZeros();
        sum.setText(getTranslation("declaration.editor.sum", rows.size(),
                (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString()));
    }

    /** What the form holds, as a document of the declaration's department, year, kind and project. */
    DeclarationDocument document() {
        DeclarationDocument.Funds funds = total.getValue() == null && fiscal.getValue() == null
                && other.getValue() == null ? null
                : new DeclarationDocument.Funds(total.getValue(), fiscal.getValue(), other.getValue());
        return new DeclarationDocument(DeclarationDocument.FORMAT_VERSION, original.kind(), original.year(),
                unit.getValue(), original.department(), original.project(), text(overallTarget.getValue()), funds,
                rows.stream().map(Row::indicator).toList());
    }

    /** The service's refusal at the fields: each problem's message at its field, the input kept. */
    void show(PerfevalException e) {
        clear();
        List<FieldProblem> problems = e instanceof InvalidInputException invalid ? invalid.problems()
                : e instanceof ActionRefusedException refused ? refused.problems() : List.of();
        problems.forEach(p -> mark(p.field(), p.message()));
    }

    /** The checks' findings at their fields (an error or a warning, in the checks' words). */
    void mark(List<DeclarationFinding> findings) {
        clear();
        for (DeclarationFinding f : findings) {
            LocalizedMessage message = f.message();
            if (f.severity() == Severity.WARNING) {
                message = new LocalizedMessage("declaration.editor.warning", message);
            }
            mark(f.field(), message);
        }
    }

    private void clear() {
        fields().values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        indicatorsMessage.setText("");
        indicatorsMessage.setVisible(false);
    }

    private void mark(String path, LocalizedMessage message) {
        String field = path == null ? "" : path.startsWith("document.") ? path.substring("document.".length()) : path;
        String text = getTranslation(message.key(), message.args());
        HasValidation at = fields().get(field);
        if (at == null && field.startsWith("funds")) {
            at = total;
        }
        if (at == null) {
            if (field.startsWith("indicators") || field.isEmpty()) {
                String before = indicatorsMessage.getText();
                indicatorsMessage.setText(before.isEmpty() ? text : before + " " + text);
                indicatorsMessage.setVisible(true);
            }
            return;
        }
        String shown = at.isInvalid() && at.getErrorMessage() != null ? at.getErrorMessage() + " " : "";
        at.setErrorMessage(shown + text);
        at.setInvalid(true);
    }

    /** Every field by the path the service names it with. */
    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("overallTarget", overallTarget);
        fields.put("funds.total", total);
        fields.put("funds.fiscal", fiscal);
        fields.put("funds.other", other);
        String[] columns = {"level1", "level2", "name", "target", "weight"};
        for (int i = 0; i < rows.size(); i++) {
            List<HasValidation> row = rows.get(i).fields();
            for (int c = 0; c < columns.length; c++) {
                fields.put("indicators[" + i + "]." + columns[c], row.get(c));
            }
        }
        return fields;
    }

    /** The first field marked invalid, to bring into view. */
    Component firstMarked() {
        return fields().values().stream().filter(HasValidation::isInvalid).map(Component.class::cast).findFirst()
                .orElse(indicatorsMessage.isVisible() ? indicatorsMessage : null);
    }

    private static List<String> level2Of(String level1) {
        return level1 == null ? List.of() : LEVEL2.getOrDefault(level1, List.of());
    }

    private static void choices(ComboBox<String> box, List<String> options, String value) {
        List<String> items = new ArrayList<>(options);
        if (value != null && !value.isBlank() && !items.contains(value)) {
            items.add(value);
        }
        box.setItems(items);
        box.setValue(value == null || value.isBlank() ? null : value);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
