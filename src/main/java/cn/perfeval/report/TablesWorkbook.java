package cn.perfeval.report;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report's table parts (income, expenditure, indicators, budget execution, 三公, assets,
 * projects with their indicators, the scoring table) as one .xlsx workbook, laid out like the
 * published 决算 tables, one sheet each ({@link MoneySheet}, {@link IndicatorSheet},
 * {@link BudgetSheet}, {@link ThreePublicSheet}, {@link AssetsSheet}, {@link ProjectsSheet},
 * {@link ScoringSheet}), written through one
 * {@link SheetWriter} and read through one {@link CellReader}. Reading takes the same layout
 * back; every cell that cannot be read is listed with its sheet and cell ({@code 收入决算表!E9}),
 * and nothing is returned while there is one.
 *
 * <p>The 合计 row of the money tables carries the totals the department states for the table
 * ({@code totals.income}, {@code incomeFiscal}, {@code incomeOther}; {@code totals.expenditure},
 * {@code basic}, {@code project}); a blank cell there is a total not stated. The indicator table's
 * 合计 row is computed on writing and ignored on reading, as is that of the 三公 table, whose
 * rows are found by item.
 */
final class TablesWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The custom properties carrying the report's id and version when the workbook was written. */
    static final String REPORT_PROPERTY = "perfeval-report-id";
    static final String VERSION_PROPERTY = "perfeval-report-version";

    private TablesWorkbook() {
    }

    /** A cell of a sheet ({@code 三公经费支出表!C7}) and what it holds, e.g. 公务接待费（决算数）. */
    record Place(String cell, String label) {
    }

    /**
     * The tables read from a workbook.
     *
     * @param budget {@code null} where the workbook has no budget execution sheet
     * @param threePublic {@code null} where the workbook has no 三公 sheet
     * @param assets {@code null} where the workbook has no assets sheet
     * @param projects {@code null} where the workbook has no projects sheet
     * @param scoring {@code null} where the workbook has no scoring sheet
     * @param report the id of the report the workbook was written from; {@code null} where it carries none
     * @param version that report's version then; {@code null} where it carries none
     */
    record Tables(MoneySheet.Table<IncomeLine> income, MoneySheet.Table<ExpenditureLine> expenditure,
            IndicatorSheet.Table indicators, BudgetSheet.Table budget, ThreePublicSheet.Table threePublic,
            AssetsSheet.Table assets, ProjectsSheet.Table projects, ScoringSheet.Table scoring, Long report,
            Long version) {
    }

    /** The document's tables as an .xlsx workbook; money in the document's unit (yuan). */
    static byte[] write(ReportDocument doc, String department, int year) {
        return write(doc, department, year, null, null);
    }

    /**
     * The document's tables as an .xlsx workbook, carrying the report's id and version (custom
     * properties of the file) where given, so that the import can tell a save made since.
     */
    static byte[] write(ReportDocument doc, String department, int year, Long report, Long version) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetWriter w = new SheetWriter(workbook);
            ReportDocument.Totals t = doc.totals();
            MoneySheet.INCOME.write(w, department, year, doc.income(),
                    t == null ? new BigDecimal[3] : new BigDecimal[] {t.income(), t.incomeFiscal(), t.incomeOther()});
            MoneySheet.EXPENDITURE.write(w, department, year, doc.expenditure(),
                    t == null ? new BigDecimal[3] : new BigDecimal[] {t.expenditure(), t.basic(), t.project()});
            IndicatorSheet.write(w, department, year, doc.indicators() == null ? List.of() : doc.indicators());
            BudgetSheet.write(w, department, year, doc.budget() == null ? List.of() : doc.budget());
            ThreePublicSheet.write(w, department, year, doc.threePublicExpenses());
            AssetsSheet.write(w, department, year, doc.assets());
            ProjectsSheet.write(w, department, year, doc.projects() == null ? List.of() : doc.projects());
            ScoringSheet.write(w, department, year, doc.scoring());
            if (report != null && version != null) {
                var properties = workbook.getProperties().getCustomProperties();
                properties.addProperty(REPORT_PROPERTY, String.valueOf(report));
                properties.addProperty(VERSION_PROPERTY, String.valueOf(version));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the tables of a workbook of this layout. Refuses, with every problem named by its
     * place, a file that is empty, not an .xlsx workbook, damaged, missing one of the first three
     * sheets, or has a cell that cannot be read; and, before the workbook is built, one whose
     * sheets hold more rows or cells than {@link WorkbookBounds} allows.
     */
    static Tables read(byte[] content) {
        if (content == null || content.length == 0) {
            throw invalid("file", "workbook.empty");
        }
        if (isZip(content)) {
            WorkbookBounds.check(content);
        }
        try (XSSFWorkbook workbook = open(content)) {
            CellReader reader = new CellReader();
            Sheet incomeSheet = reader.required(workbook, MoneySheet.INCOME.name);
            Sheet expenditureSheet = reader.required(workbook, MoneySheet.EXPENDITURE.name);
            Sheet indicatorSheet = reader.required(workbook, IndicatorSheet.NAME);
            var income = incomeSheet == null ? null : MoneySheet.INCOME.read(reader, incomeSheet);
            var expenditure = expenditureSheet == null ? null : MoneySheet.EXPENDITURE.read(reader, expenditureSheet);
            var indicators = indicatorSheet == null ? null : IndicatorSheet.read(reader, indicatorSheet);
            Sheet budgetSheet = reader.optional(workbook, BudgetSheet.NAME);
            var budget = budgetSheet == null ? null : BudgetSheet.read(reader, budgetSheet);
            Sheet threeSheet = reader.optional(workbook, ThreePublicSheet.NAME);
            var three = threeSheet == null ? null : ThreePublicSheet.read(reader, threeSheet);
            Sheet assetsSheet = reader.optional(workbook, AssetsSheet.NAME);
            var assets = assetsSheet == null ? null : AssetsSheet.read(reader, assetsSheet);
            Sheet projectsSheet = reader.optional(workbook, ProjectsSheet.NAME);
            var projects = projectsSheet == null ? null : ProjectsSheet.read(reader, projectsSheet);
            Sheet scoringSheet = reader.optional(workbook, ScoringSheet.NAME);
            var scoring = scoringSheet == null ? null : ScoringSheet.read(reader, scoringSheet);
            Long report = reader.number(workbook, REPORT_PROPERTY);
            Long version = reader.number(workbook, VERSION_PROPERTY);
            if (!reader.problems.isEmpty()) {
                throw new InvalidInputException(reader.problems);
            }
            return new Tables(income, expenditure, indicators, budget, three, assets, projects, scoring, report,
                    version);
        } catch (IOException e) {
            throw invalid("file", "workbook.damaged");
        }
    }

    private static XSSFWorkbook open(byte[] content) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (EmptyFileException e) {
            throw invalid("file", "workbook.empty");
        } catch (OLE2NotOfficeXmlFileException e) {
            throw invalid("file", "workbook.xls");
        } catch (ODFNotOfficeXmlFileException e) {
            throw invalid("file", "workbook.not-xlsx");
        } catch (NotOfficeXmlFileException e) {
            throw invalid("file", isZip(content) ? "workbook.damaged" : "workbook.not-xlsx");
        } catch (IOException | RuntimeException e) {
            // A cut-off or otherwise broken package fails in many ways inside POI.
            throw invalid("file", isZip(content) ? "workbook.damaged" : "workbook.not-xlsx");
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static InvalidInputException invalid(String field, String key, Object... args) {
        return new InvalidInputException(List.of(FieldProblem.of(field, key, args)));
    }

    /** A problem of the validator, {@code income[3].code}, moved to the place of the sheet it came from. */
    static FieldProblem toSheet(FieldProblem problem, Tables tables) {
        Map<String, Place> named = problem.field().startsWith("projects[") && tables.projects() != null
                ? tables.projects().places()
                : problem.field().startsWith("scoring.") && tables.scoring() != null ? tables.scoring().places() : null;
        if (named != null && named.containsKey(problem.field())) {
            Place place = named.get(problem.field());
            return new FieldProblem(place.cell(),
                    new LocalizedMessage("workbook.problem", place.label(), problem.message()));
        }
        var three = Pattern.compile("threePublicExpenses\\.(.+)").matcher(problem.field());
        var assets = Pattern.compile("assets\\.(.+)").matcher(problem.field());
        Map<String, Place> places = three.matches() && tables.threePublic() != null ? tables.threePublic().places()
                : assets.matches() && tables.assets() != null ? tables.assets().places() : null;
        if (places != null) {
            Place place = places.get(three.matches() ? three.group(1) : assets.group(1));
            if (place != null) {
                return new FieldProblem(place.cell(),
                        new LocalizedMessage("workbook.problem", place.label(), problem.message()));
            }
        }
        var m = Pattern.compile("(income|expenditure|indicators|budget)\\[(\\d+)]\\.?(\\w*)").matcher(problem.field());
        if (m.matches()) {
            int index = Integer.parseInt(m.group(2));
            String field = m.group(3);
            List<Integer> rows;
            String sheet;
            String column;
            int columnIndex;
            switch (m.group(1)) {
                case "income" -> {
                    rows = tables.income().rows();
                    sheet = MoneySheet.INCOME.name;
                    column = MoneySheet.INCOME.column(field);
                    columnIndex = MoneySheet.INCOME.columnIndex(field);
                }
                case "expenditure" -> {
                    rows = tables.expenditure().rows();
                    sheet = MoneySheet.EXPENDITURE.name;
                    column = MoneySheet.EXPENDITURE.column(field);
                    columnIndex = MoneySheet.EXPENDITURE.columnIndex(field);
                }
                case "budget" -> {
                    rows = tables.budget() == null ? List.of() : tables.budget().rows();
                    sheet = BudgetSheet.NAME;
                    column = BudgetSheet.column(field);
                    columnIndex = BudgetSheet.columnIndex(field);
                }
                default -> {
                    rows = tables.indicators().rows();
                    sheet = IndicatorSheet.NAME;
                    column = IndicatorSheet.column(field);
                    columnIndex = IndicatorSheet.columnIndex(field);
                }
            }
            if (index < rows.size()) {
                return new FieldProblem(CellReader.cell(sheet, rows.get(index) - 1, columnIndex), column == null ? problem.message()
                        : new LocalizedMessage("workbook.problem", column, problem.message()));
            }
        }
        var t = Pattern.compile("totals\\.(income|incomeFiscal|incomeOther|expenditure|basic|project)")
                .matcher(problem.field());
        if (t.matches()) {
            boolean income = t.group(1).startsWith("income");
            MoneySheet<?> of = income ? MoneySheet.INCOME : MoneySheet.EXPENDITURE;
            MoneySheet.Table<?> table = income ? tables.income() : tables.expenditure();
            int index = switch (t.group(1)) {
                case "income", "expenditure" -> 0;
                case "incomeFiscal", "basic" -> 1;
                default -> 2;
            };
            String column = of.columns[index];
            return new FieldProblem(table.totalRow() > 0 ? CellReader.cell(of.name, table.totalRow() - 1, 4 + index)
                    : of.name,
                    new LocalizedMessage("workbook.problem", column, problem.message()));
        }
        return problem;
    }
}
