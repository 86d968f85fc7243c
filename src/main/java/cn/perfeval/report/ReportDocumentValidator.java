package cn.perfeval.report;

import cn.perfeval.base.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that a document can be stored: required fields, well-formed codes of a known 类, money
 * that fits {@code DECIMAL(18,2)} in yuan, counts, points, weights and scores that are not
 * negative, texts that fit their columns. Every problem is listed with the path of its field;
 * arithmetic between figures is left to the checks, never "fixed" here.
 */
final class ReportDocumentValidator {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 20_000;
    static final int MAX_TYPE = 50;
    static final int MAX_LEVEL = 50;
    static final int MAX_INDICATOR_NAME = 500;
    static final int MAX_INDICATOR_VALUE = 2_000;
    static final int MAX_GRADE = 20;
    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final BigDecimal MAX_MONEY = new BigDecimal("9999999999999999.99");
    /** Points, weights and scores are stored as {@code DECIMAL(12,4)}. */
    private static final BigDecimal MAX_POINTS = new BigDecimal("99999999.9999");
    private static final int POINTS_SCALE = 4;

    /** What a document to check (not to store) is refused for: values no column or arithmetic can hold, empty rows. */
    private static final Set<String> SHAPE_KEYS = Set.of("doc.money.range", "doc.money.scale", "doc.money.scale-wan",
            "doc.points.range", "doc.points.scale", "doc.row.null");

    private final List<FieldProblem> problems = new ArrayList<>();
    private final MoneyUnit unit;
    private final boolean shapeOnly;

    private ReportDocumentValidator(MoneyUnit unit) {
        this(unit, false);
    }

    private ReportDocumentValidator(MoneyUnit unit, boolean shapeOnly) {
        this.unit = unit;
        this.shapeOnly = shapeOnly;
    }

    /**
     * Validates a document that is only checked, never stored: a {@code null} where a row, an
     * indicator, a project, a scoring item or a path element belongs, and numbers beyond what the
     * columns hold (the checks would compute with them: {@code 1e1000000} has a million digits).
     */
    static List<FieldProblem> forChecks(ReportDocument doc) {
        ReportDocumentValidator v = new ReportDocumentValidator(doc.unit() == null ? MoneyUnit.YUAN : doc.unit(), true);
        v.parts(doc);
        return List.copyOf(v.problems);
    }

    /** Validates a whole document for import. */
    static List<FieldProblem> forImport(ReportDocument doc) {
        ReportDocumentValidator v = new ReportDocumentValidator(doc.unit() == null ? MoneyUnit.YUAN : doc.unit());
        if (doc.formatVersion() == null) {
            v.required("formatVersion");
        } else if (doc.formatVersion() != ReportDocument.FORMAT_VERSION) {
            v.add("formatVersion", "doc.format-version", doc.formatVersion());
        }
        if (doc.kind() == null) {
            v.required("kind");
        }
        if (doc.unit() == null) {
            v.required("unit");
        }
        if (doc.year() == null) {
            v.required("year");
        } else if (doc.year() < 2000 || doc.year() > 2100) {
            v.add("year", "doc.year.range", doc.year());
        }
        if (doc.department() == null || blank(doc.department().name())) {
            v.required("department.name");
        }
        if (doc.kind() == ReportKind.DEPARTMENT_OVERALL && !blank(doc.project())) {
            v.add("project", "doc.project.overall");
        } else if (ProjectNames.display(doc.project()).length() > MAX_NAME) {
            v.add("project", "doc.text.too-long", MAX_NAME);
        }
        v.parts(doc);
        return List.copyOf(v.problems);
    }

    /** Validates a drafter's document: every part, as for an import (the header is the stored report's). */
    static List<FieldProblem> forDraft(ReportDocument doc) {
        ReportDocumentValidator v = new ReportDocumentValidator(doc.unit() == null ? MoneyUnit.YUAN : doc.unit());
        v.parts(doc);
        return List.copyOf(v.problems);
    }

    private void parts(ReportDocument doc) {
        if (doc.department() != null) {
            text("department.type", doc.department().type(), MAX_TYPE);
            text("department.duties", doc.department().duties(), MAX_TEXT);
            if (doc.department().staffing() != null) {
                count("department.staffing.authorized", doc.department().staffing().authorized());
                count("department.staffing.actual", doc.department().staffing().actual());
                count("department.staffing.retired", doc.department().staffing().retired());
            }
        }
        text("mainTasks", doc.mainTasks(), MAX_TEXT);
        rows("income", doc.income() == null ? List.of() : doc.income().stream()
                .map(r -> r == null ? Row.NULL : new Row(r.code(), r.name(), new BigDecimal[] {r.total(), r.fiscal(), r.other()})).toList(),
                "total", "fiscal", "other");
        rows("expenditure", doc.expenditure() == null ? List.of() : doc.expenditure().stream()
                .map(r -> r == null ? Row.NULL : new Row(r.code(), r.name(), new BigDecimal[] {r.total(), r.basic(), r.project()})).toList(),
                "total", "basic", "project");
        var t = doc.totals();
        if (t != null) {
            money("totals.income", t.income());
            money("totals.incomeFiscal", t.incomeFiscal());
            money("totals.incomeOther", t.incomeOther());
            money("totals.expenditure", t.expenditure());
            money("totals.basic", t.basic());
            money("totals.project", t.project());
            money("totals.openingBalance", t.openingBalance());
            money("totals.closingBalance", t.closingBalance());
        }
        budget(doc.budget());
        threePublicExpenses(doc.threePublicExpenses());
        assets(doc.assets());
        indicators("indicators", doc.indicators());
        projects(doc.projects());
        scoring(doc.scoring());
        text("narrative", doc.narrative(), MAX_TEXT);
        text("conclusion", doc.conclusion(), MAX_TEXT);
        text("problems", doc.problems(), MAX_TEXT);
        text("suggestions", doc.suggestions(), MAX_TEXT);
        text("resultUse", doc.resultUse(), MAX_TEXT);
        text("publication", doc.publication(), MAX_TEXT);
    }

    private void budget(List<ReportDocument.BudgetLine> lines) {
        for (int i = 0; lines != null && i < lines.size(); i++) {
            var b = lines.get(i);
            String at = "budget[" + i + "]";
            if (b == null) {
                nullElement(at);
                required(at + ".item");
                continue;
            }
            name(at + ".item", b.item(), MAX_NAME);
            money(at + ".initial", b.initial());
            money(at + ".adjusted", b.adjusted());
            money(at + ".executed", b.executed());
        }
    }

    private void threePublicExpenses(ReportDocument.ThreePublicExpenses three) {
        if (three != null) {
            lines("threePublicExpenses.budget", three.budget());
            lines("threePublicExpenses.actual", three.actual());
            count("threePublicExpenses.receptionBatches", three.receptionBatches());
            count("threePublicExpenses.receptionPersons", three.receptionPersons());
        }
    }

    private void assets(ReportDocument.Assets a) {
        if (a != null) {
            money("assets.total", a.total());
            money("assets.liabilities", a.liabilities());
            money("assets.net", a.net());
            money("assets.fixedAssetsOriginal", a.fixedAssetsOriginal());
            money("assets.fixedAssetsInUse", a.fixedAssetsInUse());
        }
    }

    private void indicators(String table, List<ReportDocument.Indicator> rows) {
        for (int i = 0; rows != null && i < rows.size(); i++) {
            var indicator = rows.get(i);
            String at = table + "[" + i + "]";
            if (indicator == null) {
                nullElement(at);
                required(at + ".name");
                continue;
            }
            text(at + ".level1", indicator.level1(), MAX_LEVEL);
            text(at + ".level2", indicator.level2(), MAX_LEVEL);
            name(at + ".name", indicator.name(), MAX_INDICATOR_NAME);
            text(at + ".target", indicator.target(), MAX_INDICATOR_VALUE);
            text(at + ".actual", indicator.actual(), MAX_INDICATOR_VALUE);
            points(at + ".weight", indicator.weight());
            points(at + ".score", indicator.score());
            text(at + ".deviationReason", indicator.deviationReason(), MAX_TEXT);
        }
    }

    private void projects(List<ReportDocument.Project> projects) {
        for (int i = 0; projects != null && i < projects.size(); i++) {
            var p = projects.get(i);
            String at = "projects[" + i + "]";
            if (p == null) {
                nullElement(at);
                required(at + ".name");
                continue;
            }
            name(at + ".name", p.name(), MAX_NAME);
            if (p.budget() != null) {
                money(at + ".budget.fiscal", p.budget().fiscal());
                money(at + ".budget.other", p.budget().other());
            }
            if (p.executed() != null) {
                money(at + ".executed.fiscal", p.executed().fiscal());
                money(at + ".executed.other", p.executed().other());
            }
            text(at + ".target", p.target(), MAX_TEXT);
            indicators(at + ".indicators", p.indicators());
        }
    }

    private void scoring(ReportDocument.Scoring scoring) {
        if (scoring == null) {
            return;
        }
        text("scoring.framework", scoring.framework(), MAX_NAME);
        for (int i = 0; scoring.items() != null && i < scoring.items().size(); i++) {
            var item = scoring.items().get(i);
            String at = "scoring.items[" + i + "]";
            if (item == null) {
                nullElement(at);
            }
            if (item == null || item.path() == null || item.path().isEmpty()) {
                required(at + ".path");
                continue;
            }
            for (int l = 0; l < item.path().size(); l++) {
                if (item.path().get(l) == null) {
                    nullElement(at + ".path[" + l + "]");
                }
                name(at + ".path[" + l + "]", item.path().get(l), MAX_NAME);
            }
            points(at + ".maxPoints", item.maxPoints());
            points(at + ".selfScore", item.selfScore());
            text(at + ".explanation", item.explanation(), MAX_TEXT);
            text(at + ".standard", item.standard(), MAX_TEXT);
        }
        for (int i = 0; scoring.deductions() != null && i < scoring.deductions().size(); i++) {
            var d = scoring.deductions().get(i);
            String at = "scoring.deductions[" + i + "]";
            if (d == null) {
                nullElement(at);
                required(at + ".name");
                continue;
            }
            name(at + ".name", d.name(), MAX_NAME);
            points(at + ".maxPoints", d.maxPoints());
            points(at + ".points", d.points());
        }
        points("scoring.total", scoring.total());
        text("scoring.grade", scoring.grade(), MAX_GRADE);
    }

    private void lines(String at, ReportDocument.ThreeLines lines) {
        if (lines != null) {
            money(at + ".overseas", lines.overseas());
            money(at + ".vehicles", lines.vehicles());
            money(at + ".reception", lines.reception());
        }
    }

    private record Row(String code, String name, BigDecimal[] amounts) {
        static final Row NULL = new Row(null, null, new BigDecimal[3]);
    }

    private void rows(String table, List<Row> rows, String... columns) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String at = table + "[" + i + "]";
            if (row == Row.NULL) {
                nullElement(at);
            }
            if (row.code() == null || row.code().isBlank()) {
                required(at + ".code");
            } else if (!CODE.matcher(row.code()).matches()) {
                add(at + ".code", "doc.code.format", row.code());
            } else if (!FunctionalClassification.isKnown(row.code())) {
                add(at + ".code", "doc.code.unknown", row.code(), row.code().substring(0, 3));
            } else if (!seen.add(row.code())) {
                add(at + ".code", "doc.code.duplicate", row.code());
            }
            name(at + ".name", row.name(), MAX_NAME);
            for (int c = 0; c < columns.length; c++) {
                money(at + "." + columns[c], row.amounts()[c]);
            }
        }
    }

    private void money(String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        if (integerDigits(amount) > 18 || tooFine(amount)) {
            // Far beyond DECIMAL(18,2) (e.g. 1e2147483647): refused before any arithmetic on it.
            add(field, integerDigits(amount) > 18 ? "doc.money.range"
                    : unit == MoneyUnit.YUAN ? "doc.money.scale" : "doc.money.scale-wan", shown(amount));
            return;
        }
        BigDecimal yuan = unit.toYuan(amount).stripTrailingZeros();
        if (yuan.scale() > 2) {
            add(field, unit == MoneyUnit.YUAN ? "doc.money.scale" : "doc.money.scale-wan", amount.toPlainString());
        } else if (yuan.abs().compareTo(MAX_MONEY) > 0) {
            add(field, "doc.money.range", amount.toPlainString());
        }
    }

    private void points(String field, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (integerDigits(value) > 8 || tooFine(value)) {
            add(field, integerDigits(value) > 8 ? "doc.points.range" : "doc.points.scale", shown(value),
                    POINTS_SCALE);
        } else if (value.signum() < 0) {
            add(field, "doc.points.negative", value.toPlainString());
        } else if (value.stripTrailingZeros().scale() > POINTS_SCALE) {
            add(field, "doc.points.scale", value.toPlainString(), POINTS_SCALE);
        } else if (value.compareTo(MAX_POINTS) > 0) {
            add(field, "doc.points.range", value.toPlainString());
        }
    }

    /** The count of digits before the decimal point (at most 1 for a fraction), without building the number. */
    private static long integerDigits(BigDecimal value) {
        return value.signum() == 0 ? 1 : (long) value.precision() - value.scale();
    }

    /** More than 20 decimals that are not all zeros: beyond any column (checked before arithmetic on it). */
    private static boolean tooFine(BigDecimal value) {
        return value.scale() > 20 && value.stripTrailingZeros().scale() > 20;
    }

    /** A number as the message shows it: plain unless that would be long (1E+2147483647 stays short). */
    private static String shown(BigDecimal value) {
        long length = Math.abs((long) value.precision() - value.scale()) + value.precision();
        return length > 40 ? value.round(new java.math.MathContext(6)).toString() : value.toPlainString();
    }

    private void count(String field, Integer value) {
        if (value != null && value < 0) {
            add(field, "doc.count.negative", value);
        }
    }

    /** A required name: present, not blank, not longer than {@code max}. */
    private void name(String field, String value, int max) {
        if (blank(value)) {
            required(field);
        } else {
            text(field, value.strip(), max);
        }
    }

    private void text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "doc.text.too-long", max);
        }
    }

    private void required(String field) {
        add(field, "doc.required");
    }

    /** A {@code null} where a row or an element belongs: only a document to check is refused for it by itself. */
    private void nullElement(String field) {
        if (shapeOnly) {
            add(field, "doc.row.null");
        }
    }

    private void add(String field, String key, Object... args) {
        if (shapeOnly && !SHAPE_KEYS.contains(key)) {
            return;
        }
        problems.add(FieldProblem.of(field, key, args));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
