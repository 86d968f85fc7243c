package cn.perfeval.declaration;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ProjectNames;
import cn.perfeval.report.ReportKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a declaration document can be stored: the header, required texts, money that fits
 * {@code DECIMAL(18,2)} in yuan and is not negative, weights that are not negative, texts that fit.
 * Every problem names its field by its path and, for people, by its place in the form. Whether the
 * targets are complete and consistent is left to {@link DeclarationChecks}.
 */
final class DeclarationValidator {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 20_000;
    static final int MAX_LEVEL = 50;
    static final int MAX_INDICATOR_NAME = 500;
    static final int MAX_TARGET = 2_000;
    private static final BigDecimal MAX_MONEY = new BigDecimal("9999999999999999.99");
    private static final BigDecimal MAX_POINTS = new BigDecimal("99999999.9999");

    private final List<FieldProblem> problems = new ArrayList<>();

    private DeclarationValidator() {
    }

    /**
     * The problems of the document's header alone (format, kind, year, department, project): what an
     * empty draft (decision 0043) must state before its body is written.
     */
    static List<FieldProblem> validateHeader(DeclarationDocument doc) {
        DeclarationValidator v = new DeclarationValidator();
        v.header(doc);
        return List.copyOf(v.problems);
    }

    /** Every problem of the document, none where it can be stored. */
    static List<FieldProblem> validate(DeclarationDocument doc) {
        DeclarationValidator v = new DeclarationValidator();
        v.header(doc);
        v.body(doc);
        return List.copyOf(v.problems);
    }

    private void header(DeclarationDocument doc) {
        if (doc.formatVersion() == null) {
            required("formatVersion");
        } else if (doc.formatVersion() != DeclarationDocument.FORMAT_VERSION) {
            add("formatVersion", "doc.format-version", doc.formatVersion());
        }
        if (doc.kind() == null) {
            required("kind");
        }
        if (doc.year() == null) {
            required("year");
        } else if (doc.year() < 2000 || doc.year() > 2100) {
            add("year", "doc.year.range", doc.year());
        }
        if (doc.department() == null || blank(doc.department().name())) {
            required("department.name");
        }
        String project = ProjectNames.display(doc.projectName());
        if (doc.kind() == ReportKind.DEPARTMENT_OVERALL && !project.isEmpty()) {
            add("project.name", "declaration.project.overall");
        } else if (doc.kind() != null && doc.kind() != ReportKind.DEPARTMENT_OVERALL && project.isEmpty()) {
            required("project.name");
        } else if (project.length() > MAX_NAME) {
            add("project.name", "doc.text.too-long", MAX_NAME);
        }
    }

    private void body(DeclarationDocument doc) {
        MoneyUnit unit = doc.unit() == null ? MoneyUnit.YUAN : doc.unit();
        if (blank(doc.overallTarget())) {
            required("overallTarget");
        } else if (doc.overallTarget().length() > MAX_TEXT) {
            add("overallTarget", "doc.text.too-long", MAX_TEXT);
        }
        if (doc.funds() == null) {
            required("funds");
        } else {
            money("funds.total", doc.funds().total(), unit, true);
            money("funds.fiscal", doc.funds().fiscal(), unit, false);
            money("funds.other", doc.funds().other(), unit, false);
        }
        if (doc.indicators() == null || doc.indicators().isEmpty()) {
            required("indicators");
            return;
        }
        for (int i = 0; i < doc.indicators().size(); i++) {
            DeclarationDocument.Indicator row = doc.indicators().get(i);
            if (row == null) {
                problems.add(FieldProblem.of("indicators[" + i + "]", "doc.row.null")
                        .at(new LocalizedMessage("declaration.place.row", i + 1)));
                continue;
            }
            String label = blank(row.name()) ? "" : row.name().strip();
            indicatorText(i, label, "level1", row.level1(), MAX_LEVEL);
            indicatorText(i, label, "level2", row.level2(), MAX_LEVEL);
            indicatorText(i, label, "name", row.name(), MAX_INDICATOR_NAME);
            indicatorText(i, label, "target", row.target(), MAX_TARGET);
            BigDecimal weight = row.weight();
            String field = "indicators[" + i + "].weight";
            if (weight == null) {
                continue;
            }
            LocalizedMessage place = indicatorPlace(i, label, "weight");
            if (weight.signum() < 0) {
                problems.add(FieldProblem.of(field, "doc.points.negative", weight.toPlainString()).at(place));
            } else if (weight.stripTrailingZeros().scale() > 4) {
                problems.add(FieldProblem.of(field, "doc.points.scale", weight.toPlainString(), 4).at(place));
            } else if (weight.compareTo(MAX_POINTS) > 0) {
                problems.add(FieldProblem.of(field, "doc.points.range", weight.toPlainString()).at(place));
            }
        }
    }

    private void indicatorText(int row, String label, String column, String value, int max) {
        String field = "indicators[" + row + "]." + column;
        if (blank(value)) {
            problems.add(FieldProblem.of(field, "doc.required").at(indicatorPlace(row, label, column)));
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, "doc.text.too-long", max).at(indicatorPlace(row, label, column)));
        }
    }

    /** 绩效指标第 3 行（门诊人次）的指标值. */
    static LocalizedMessage indicatorPlace(int row, String label, String column) {
        LocalizedMessage field = new LocalizedMessage("declaration.field." + column);
        return label.isEmpty() ? new LocalizedMessage("declaration.place.indicator-unnamed", String.valueOf(row + 1), field)
                : new LocalizedMessage("declaration.place.indicator", String.valueOf(row + 1), label, field);
    }

    private void money(String field, BigDecimal amount, MoneyUnit unit, boolean required) {
        if (amount == null) {
            if (required) {
                required(field);
            }
            return;
        }
        BigDecimal yuan = unit.toYuan(amount);
        if (amount.signum() < 0) {
            add(field, "declaration.money.negative", amount.toPlainString());
        } else if (yuan.stripTrailingZeros().scale() > 2) {
            add(field, unit == MoneyUnit.YUAN ? "doc.money.scale" : "doc.money.scale-wan", amount.toPlainString());
        } else if (yuan.compareTo(MAX_MONEY) > 0) {
            add(field, "doc.money.range", amount.toPlainString());
        }
    }

    private void required(String field) {
        problems.add(FieldProblem.of(field, "doc.required").at(place(field)));
    }

    private void add(String field, String key, Object... args) {
        problems.add(FieldProblem.of(field, key, args).at(place(field)));
    }

    private static LocalizedMessage place(String field) {
        return new LocalizedMessage("declaration.field." + field);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
