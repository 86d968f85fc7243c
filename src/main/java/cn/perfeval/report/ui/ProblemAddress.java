package cn.perfeval.report.ui;

import cn.perfeval.report.ReportDocument;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where on the sheet a refused field of the document is: a field path as the service names it
 * ({@code income[30].name}) turned into the part, row and column the sheet's marks and focus use
 * (the row as findings name it: a code, a name, or a place counted from 1).
 */
record ProblemAddress(String table, String row, String column) {

    private static final Pattern ROW = Pattern.compile(
            "(income|expenditure|budget|indicators|scoring\\.items|scoring\\.deductions)\\[(\\d+)]\\.(\\w+)(?:\\[\\d+])?");
    private static final Pattern PROJECT_INDICATOR = Pattern.compile("projects\\[(\\d+)]\\.indicators\\[(\\d+)]\\.(\\w+)");
    private static final Pattern PROJECT = Pattern.compile("projects\\[(\\d+)]\\.([\\w.]+)");

    /** The place of {@code path} in {@code doc} (what the sheet shows), or {@code null} where the path names none. */
    static ProblemAddress of(String path, ReportDocument doc) {
        if (path == null) {
            return null;
        }
        Matcher m = PROJECT_INDICATOR.matcher(path);
        if (m.matches()) {
            int p = Integer.parseInt(m.group(1));
            int i = Integer.parseInt(m.group(2));
            var project = at(doc.projects(), p);
            var indicator = project == null ? null : at(project.indicators(), i);
            return new ProblemAddress("projects", ReportSheet.rowKey(project == null ? null : project.name(), p)
                    + " / " + ReportSheet.rowKey(indicator == null ? null : indicator.name(), i), m.group(3));
        }
        m = PROJECT.matcher(path);
        if (m.matches()) {
            int p = Integer.parseInt(m.group(1));
            var project = at(doc.projects(), p);
            return new ProblemAddress("projects", ReportSheet.rowKey(project == null ? null : project.name(), p),
                    m.group(2));
        }
        m = ROW.matcher(path);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(2));
            String column = m.group(3);
            return switch (m.group(1)) {
                case "income" -> {
                    var line = at(doc.income(), i);
                    yield new ProblemAddress("income", code(line == null ? null : line.code()), column);
                }
                case "expenditure" -> {
                    var line = at(doc.expenditure(), i);
                    yield new ProblemAddress("expenditure", code(line == null ? null : line.code()), column);
                }
                case "budget" -> {
                    var line = at(doc.budget(), i);
                    yield new ProblemAddress("budget", ReportSheet.rowKey(line == null ? null : line.item(), i), column);
                }
                case "indicators" -> {
                    var line = at(doc.indicators(), i);
                    yield new ProblemAddress("indicators", ReportSheet.rowKey(line == null ? null : line.name(), i),
                            column);
                }
                case "scoring.items" -> {
                    var item = doc.scoring() == null ? null : at(doc.scoring().items(), i);
                    boolean named = item != null && item.path() != null && !item.path().isEmpty();
                    yield new ProblemAddress("scoring", named ? String.join(" / ", item.path()) : String.valueOf(i + 1),
                            column);
                }
                default -> {
                    var deduction = doc.scoring() == null ? null : at(doc.scoring().deductions(), i);
                    yield new ProblemAddress("scoring", ReportSheet.rowKey(deduction == null ? null : deduction.name(),
                            i), column);
                }
            };
        }
        String[] parts = path.split("\\.");
        return switch (parts[0]) {
            case "threePublicExpenses" -> parts.length == 3 ? new ProblemAddress(parts[0], parts[2], parts[1])
                    : new ProblemAddress(parts[0], null, parts[parts.length - 1]);
            case "totals", "assets", "scoring", "department" ->
                new ProblemAddress(parts[0], null, parts[parts.length - 1]);
            default -> parts.length == 1 ? new ProblemAddress(path, null, null) : null;
        };
    }

    private static String code(String code) {
        return code == null ? "" : code.strip();
    }

    private static <T> T at(List<T> list, int index) {
        return list != null && index < list.size() ? list.get(index) : null;
    }
}
