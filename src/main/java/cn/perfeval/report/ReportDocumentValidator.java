package cn.perfeval.report;

import cn.perfeval.base.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that a document can be stored: required fields, well-formed codes, money that fits
 * {@code DECIMAL(18,2)} in yuan, counts that are not negative. Every problem is listed with the
 * path of its field; arithmetic between figures is left to the checks, never "fixed" here.
 */
final class ReportDocumentValidator {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 20_000;
    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final BigDecimal MAX_MONEY = new BigDecimal("9999999999999999.99");

    private final List<FieldProblem> problems = new ArrayList<>();
    private final MoneyUnit unit;

    private ReportDocumentValidator(MoneyUnit unit) {
        this.unit = unit;
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
        v.editableParts(doc);
        v.pendingParts(doc);
        return List.copyOf(v.problems);
    }

    /** Validates the parts a drafter edits on the report page. */
    static List<FieldProblem> forDraft(ReportDocument doc) {
        ReportDocumentValidator v = new ReportDocumentValidator(doc.unit() == null ? MoneyUnit.YUAN : doc.unit());
        v.editableParts(doc);
        v.pendingParts(doc);
        return List.copyOf(v.problems);
    }

    private void editableParts(ReportDocument doc) {
        if (doc.department() != null) {
            text("department.type", doc.department().type(), 50);
            text("department.duties", doc.department().duties(), MAX_TEXT);
            if (doc.department().staffing() != null) {
                count("department.staffing.authorized", doc.department().staffing().authorized());
                count("department.staffing.actual", doc.department().staffing().actual());
                count("department.staffing.retired", doc.department().staffing().retired());
            }
        }
        text("mainTasks", doc.mainTasks(), MAX_TEXT);
        rows("income", doc.income() == null ? List.of() : doc.income().stream()
                .map(r -> r == null ? Row.EMPTY : new Row(r.code(), r.name(), new BigDecimal[] {r.total(), r.fiscal(), r.other()})).toList(),
                "total", "fiscal", "other");
        rows("expenditure", doc.expenditure() == null ? List.of() : doc.expenditure().stream()
                .map(r -> r == null ? Row.EMPTY : new Row(r.code(), r.name(), new BigDecimal[] {r.total(), r.basic(), r.project()})).toList(),
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
        text("conclusion", doc.conclusion(), MAX_TEXT);
        text("problems", doc.problems(), MAX_TEXT);
        text("suggestions", doc.suggestions(), MAX_TEXT);
        text("resultUse", doc.resultUse(), MAX_TEXT);
        text("publication", doc.publication(), MAX_TEXT);
    }

    private void pendingParts(ReportDocument doc) {
        if (doc.budget() != null) {
            for (int i = 0; i < doc.budget().size(); i++) {
                var b = doc.budget().get(i);
                String at = "budget[" + i + "]";
                if (b == null || blank(b.item())) {
                    required(at + ".item");
                    continue;
                }
                money(at + ".initial", b.initial());
                money(at + ".adjusted", b.adjusted());
                money(at + ".executed", b.executed());
            }
        }
        var three = doc.threePublicExpenses();
        if (three != null) {
            lines("threePublicExpenses.budget", three.budget());
            lines("threePublicExpenses.actual", three.actual());
            count("threePublicExpenses.receptionBatches", three.receptionBatches());
            count("threePublicExpenses.receptionPersons", three.receptionPersons());
        }
        var a = doc.assets();
        if (a != null) {
            money("assets.total", a.total());
            money("assets.liabilities", a.liabilities());
            money("assets.net", a.net());
            money("assets.fixedAssetsOriginal", a.fixedAssetsOriginal());
            money("assets.fixedAssetsInUse", a.fixedAssetsInUse());
        }
        if (doc.projects() != null) {
            for (int i = 0; i < doc.projects().size(); i++) {
                var p = doc.projects().get(i);
                String at = "projects[" + i + "]";
                if (p == null || blank(p.name())) {
                    required(at + ".name");
                    continue;
                }
                if (p.budget() != null) {
                    money(at + ".budget.fiscal", p.budget().fiscal());
                    money(at + ".budget.other", p.budget().other());
                }
                if (p.executed() != null) {
                    money(at + ".executed.fiscal", p.executed().fiscal());
                    money(at + ".executed.other", p.executed().other());
                }
            }
        }
    }

    private void lines(String at, ReportDocument.ThreeLines lines) {
        if (lines != null) {
            money(at + ".overseas", lines.overseas());
            money(at + ".vehicles", lines.vehicles());
            money(at + ".reception", lines.reception());
        }
    }

    private record Row(String code, String name, BigDecimal[] amounts) {
        static final Row EMPTY = new Row(null, null, new BigDecimal[3]);
    }

    private void rows(String table, List<Row> rows, String... columns) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String at = table + "[" + i + "]";
            if (row.code() == null || row.code().isBlank()) {
                required(at + ".code");
            } else if (!CODE.matcher(row.code()).matches()) {
                add(at + ".code", "doc.code.format", row.code());
            } else if (!seen.add(row.code())) {
                add(at + ".code", "doc.code.duplicate", row.code());
            }
            if (blank(row.name())) {
                required(at + ".name");
            } else {
                text(at + ".name", row.name(), MAX_NAME);
            }
            for (int c = 0; c < columns.length; c++) {
                money(at + "." + columns[c], row.amounts()[c]);
            }
        }
    }

    private void money(String field, BigDecimal amount) {
        if (amount == null) {
            return;
        }
        BigDecimal yuan = unit.toYuan(amount).stripTrailingZeros();
        if (yuan.scale() > 2) {
            add(field, unit == MoneyUnit.YUAN ? "doc.money.scale" : "doc.money.scale-wan", amount.toPlainString());
        } else if (yuan.abs().compareTo(MAX_MONEY) > 0) {
            add(field, "doc.money.range", amount.toPlainString());
        }
    }

    private void count(String field, Integer value) {
        if (value != null && value < 0) {
            add(field, "doc.count.negative", value);
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

    private void add(String field, String key, Object... args) {
        problems.add(FieldProblem.of(field, key, args));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
