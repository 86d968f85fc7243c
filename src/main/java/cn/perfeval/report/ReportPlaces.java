package cn.perfeval.report;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.LocalizedMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The places of a report's content that a comment can be pinned to: each part's rows (named as the
 * checks' findings name them: a classification code or a name, an item, a number from 1, a project
 * and its indicator joined with " / ", a scoring item's path) and the columns of its rows.
 */
public final class ReportPlaces {

    private ReportPlaces() {
    }

    /**
     * What of the place does not exist in the document: its row in the part, or its column; empty
     * when the place exists. A part without rows takes no row. Blank row or column: the whole part
     * or row.
     */
    public static List<FieldProblem> problems(ReportDocument doc, String part, String row, String column) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalizedMessage partName = new LocalizedMessage("review.part." + part);
        if (row != null && !row.isBlank()) {
            Set<String> rows = rows(doc, part);
            if (!rows.contains(row.strip())) {
                problems.add(FieldProblem.of("pin.row", "error.review.row-unknown", partName, row.strip()));
            }
        }
        if (column != null && !column.isBlank() && !columns(part).contains(column.strip())) {
            problems.add(FieldProblem.of("pin.column", "error.review.column-unknown", partName, column.strip(),
                    String.join(", ", columns(part))));
        }
        return problems;
    }

    private static Set<String> rows(ReportDocument doc, String part) {
        Set<String> rows = new LinkedHashSet<>();
        switch (part) {
            case "income" -> {
                if (doc.income() != null) {
                    doc.income().forEach(r -> add(rows, r.code(), r.name()));
                }
            }
            case "expenditure" -> {
                if (doc.expenditure() != null) {
                    doc.expenditure().forEach(r -> add(rows, r.code(), r.name()));
                }
            }
            case "budget" -> {
                if (doc.budget() != null) {
                    for (int i = 0; i < doc.budget().size(); i++) {
                        add(rows, doc.budget().get(i).item(), String.valueOf(i + 1));
                    }
                }
            }
            case "threePublicExpenses" -> {
                if (doc.threePublicExpenses() != null) {
                    add(rows, "overseas", "vehicles", "reception", "budget", "actual");
                }
            }
            case "indicators" -> indicatorRows(rows, null, doc.indicators());
            case "projects" -> {
                if (doc.projects() != null) {
                    for (int p = 0; p < doc.projects().size(); p++) {
                        ReportDocument.Project project = doc.projects().get(p);
                        String number = String.valueOf(p + 1);
                        add(rows, project.name(), number);
                        indicatorRows(rows, label(project.name(), number), project.indicators());
                        indicatorRows(rows, number, project.indicators());
                    }
                }
            }
            case "scoring" -> {
                if (doc.scoring() != null && doc.scoring().items() != null) {
                    for (int i = 0; i < doc.scoring().items().size(); i++) {
                        List<String> path = doc.scoring().items().get(i).path();
                        add(rows, String.valueOf(i + 1));
                        if (path != null && !path.isEmpty()) {
                            add(rows, String.join(" / ", path), path.getLast());
                        }
                    }
                }
                if (doc.scoring() != null && doc.scoring().deductions() != null) {
                    doc.scoring().deductions().forEach(d -> add(rows, d.name()));
                }
            }
            default -> {
                // basic, totals, assets, texts: no rows
            }
        }
        return rows;
    }

    private static void indicatorRows(Set<String> rows, String prefix, List<ReportDocument.Indicator> indicators) {
        if (indicators == null) {
            return;
        }
        for (int i = 0; i < indicators.size(); i++) {
            String number = String.valueOf(i + 1);
            for (String name : new String[] {indicators.get(i).name(), number}) {
                if (name != null && !name.isBlank()) {
                    rows.add(prefix == null ? name.strip() : prefix + " / " + name.strip());
                }
            }
        }
    }

    private static String label(String name, String number) {
        return name == null || name.isBlank() ? number : name.strip();
    }

    private static void add(Set<String> rows, String... names) {
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                rows.add(n.strip());
            }
        }
    }

    private static final List<String> INDICATOR_COLUMNS = List.of("level1", "level2", "name", "target", "actual",
            "weight", "score", "deviationReason");

    /** The columns of each part's rows, as the document names its fields. */
    static List<String> columns(String part) {
        return switch (part) {
            case "basic" -> List.of("name", "region", "type", "staffing", "authorized", "actual", "retired", "duties",
                    "mainTasks");
            case "income" -> List.of("code", "name", "total", "fiscal", "other");
            case "expenditure" -> List.of("code", "name", "total", "basic", "project");
            case "totals" -> List.of("income", "incomeFiscal", "incomeOther", "expenditure", "basic", "project",
                    "openingBalance", "closingBalance");
            case "budget" -> List.of("item", "initial", "adjusted", "executed");
            case "threePublicExpenses" -> List.of("budget", "actual", "overseas", "vehicles", "reception",
                    "receptionBatches", "receptionPersons");
            case "assets" -> List.of("total", "liabilities", "net", "fixedAssetsOriginal", "fixedAssetsInUse");
            case "indicators" -> INDICATOR_COLUMNS;
            case "projects" -> {
                List<String> all = new ArrayList<>(List.of("name", "budget", "executed", "fiscal", "other", "target",
                        "indicators"));
                INDICATOR_COLUMNS.stream().filter(c -> !all.contains(c)).forEach(all::add);
                yield all;
            }
            case "scoring" -> List.of("framework", "path", "maxPoints", "selfScore", "explanation", "standard",
                    "points", "total", "grade");
            case "texts" -> List.of("narrative", "conclusion", "problems", "suggestions", "resultUse", "publication");
            default -> List.of();
        };
    }
}
