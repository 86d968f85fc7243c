package cn.perfeval.report;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.LocalizedMessage;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the place of a document's field as the user sees it on the report page: a path such as
 * {@code income[30].name} becomes 收入决算 第 31 行（科目 2109999）的科目名称. The path stays the
 * problem's name for machines; people read the place.
 */
public final class DocumentPlaces {

    private static final ReportDocument NONE = new ReportDocument(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null);

    private static final Pattern ROW = Pattern.compile(
            "(income|expenditure|budget|indicators|scoring\\.items|scoring\\.deductions)\\[(\\d+)]\\.([\\w.]+?)(\\[\\d+])?");
    private static final Pattern PROJECT = Pattern.compile("projects\\[(\\d+)]\\.([\\w.]+)");
    private static final Pattern PROJECT_INDICATOR = Pattern.compile("projects\\[(\\d+)]\\.indicators\\[(\\d+)]\\.(\\w+)");

    /** Fields outside a row, each with its own words. */
    static final Set<String> FIELDS = Set.of("formatVersion", "kind", "unit", "year", "department.name",
            "department.type", "department.duties", "department.staffing.authorized", "department.staffing.actual",
            "department.staffing.retired", "mainTasks", "totals.income", "totals.incomeFiscal", "totals.incomeOther",
            "totals.expenditure", "totals.basic", "totals.project", "totals.openingBalance", "totals.closingBalance",
            "threePublicExpenses.budget.overseas", "threePublicExpenses.budget.vehicles",
            "threePublicExpenses.budget.reception", "threePublicExpenses.actual.overseas",
            "threePublicExpenses.actual.vehicles", "threePublicExpenses.actual.reception",
            "threePublicExpenses.receptionBatches", "threePublicExpenses.receptionPersons", "assets.total",
            "assets.liabilities", "assets.net", "assets.fixedAssetsOriginal", "assets.fixedAssetsInUse",
            "scoring.framework", "scoring.total", "scoring.grade", "narrative", "conclusion", "problems", "suggestions",
            "resultUse", "publication");

    /** Columns of the rows of each part, each with its own words. */
    static final Set<String> COLUMNS = Set.of("income.code", "income.name", "income.total", "income.fiscal",
            "income.other", "expenditure.code", "expenditure.name", "expenditure.total", "expenditure.basic",
            "expenditure.project", "budget.item", "budget.initial", "budget.adjusted", "budget.executed",
            "indicators.level1", "indicators.level2", "indicators.name", "indicators.target", "indicators.actual",
            "indicators.weight", "indicators.score", "indicators.deviationReason", "projects.name",
            "projects.budget.fiscal", "projects.budget.other", "projects.executed.fiscal", "projects.executed.other",
            "projects.target", "scoring.items.path", "scoring.items.maxPoints", "scoring.items.selfScore",
            "scoring.items.explanation", "scoring.items.standard", "scoring.deductions.name",
            "scoring.deductions.maxPoints", "scoring.deductions.points");

    private DocumentPlaces() {
    }

    /** The problems, each with its place named where the path is one of the document's. */
    static List<FieldProblem> named(List<FieldProblem> problems, ReportDocument doc) {
        return problems.stream().map(p -> {
            LocalizedMessage place = of(p.field(), doc);
            return place == null ? p : p.at(place);
        }).toList();
    }

    /**
     * The place of a field of {@code doc}, or {@code null} for a path that is not one of the
     * document's; without a document (one that could not be read), rows are named by number only.
     */
    public static LocalizedMessage of(String path, ReportDocument document) {
        if (path == null) {
            return null;
        }
        ReportDocument doc = document == null ? NONE : document;
        if (FIELDS.contains(path)) {
            return new LocalizedMessage("place.field." + path);
        }
        Matcher m = PROJECT_INDICATOR.matcher(path);
        if (m.matches()) {
            int project = Integer.parseInt(m.group(1));
            int index = Integer.parseInt(m.group(2));
            var indicators = project < size(doc.projects()) && doc.projects().get(project) != null
                    ? doc.projects().get(project).indicators() : null;
            var indicator = index < size(indicators) ? indicators.get(index) : null;
            return row(new LocalizedMessage("place.part.project-indicators", String.valueOf(project + 1)), index,
                    null, indicator == null ? null : indicator.name(), "indicators." + m.group(3));
        }
        m = PROJECT.matcher(path);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            String column = "projects." + m.group(2);
            if (!COLUMNS.contains(column)) {
                return null;
            }
            var project = index < size(doc.projects()) ? doc.projects().get(index) : null;
            String name = project == null ? null : project.name();
            LocalizedMessage label = new LocalizedMessage("place.column." + column);
            return blank(name) ? new LocalizedMessage("place.project", String.valueOf(index + 1), label)
                    : new LocalizedMessage("place.project.named", String.valueOf(index + 1), name.strip(), label);
        }
        m = ROW.matcher(path);
        if (!m.matches()) {
            return null;
        }
        String part = m.group(1);
        int index = Integer.parseInt(m.group(2));
        String code = null;
        String name = null;
        switch (part) {
            case "income" -> {
                var line = index < size(doc.income()) ? doc.income().get(index) : null;
                code = line == null ? null : line.code();
                name = line == null ? null : line.name();
            }
            case "expenditure" -> {
                var line = index < size(doc.expenditure()) ? doc.expenditure().get(index) : null;
                code = line == null ? null : line.code();
                name = line == null ? null : line.name();
            }
            case "budget" -> {
                var line = index < size(doc.budget()) ? doc.budget().get(index) : null;
                name = line == null ? null : line.item();
            }
            case "indicators" -> {
                var line = index < size(doc.indicators()) ? doc.indicators().get(index) : null;
                name = line == null ? null : line.name();
            }
            case "scoring.items" -> {
                var items = doc.scoring() == null ? null : doc.scoring().items();
                var item = index < size(items) ? items.get(index) : null;
                name = item == null || item.path() == null || item.path().isEmpty() ? null
                        : item.path().get(item.path().size() - 1);
            }
            default -> {
                var deductions = doc.scoring() == null ? null : doc.scoring().deductions();
                var deduction = index < size(deductions) ? deductions.get(index) : null;
                name = deduction == null ? null : deduction.name();
            }
        }
        return row(new LocalizedMessage("place.part." + part), index, code, name, part + "." + m.group(3));
    }

    private static LocalizedMessage row(LocalizedMessage part, int index, String code, String name, String column) {
        if (!COLUMNS.contains(column)) {
            return null;
        }
        LocalizedMessage label = new LocalizedMessage("place.column." + column);
        String row = String.valueOf(index + 1);
        if (!blank(code)) {
            return new LocalizedMessage("place.row.code", part, row, code.strip(), label);
        }
        if (!blank(name)) {
            return new LocalizedMessage("place.row.named", part, row, name.strip(), label);
        }
        return new LocalizedMessage("place.row", part, row, label);
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
