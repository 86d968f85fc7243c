package cn.perfeval.checks.core;

import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Assets;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.report.ReportKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Small report documents for tests: only the parts a test sets are stated. */
public final class Documents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportKind kind = ReportKind.DEPARTMENT_OVERALL;
    private Integer year = 2022;
    private MoneyUnit unit = MoneyUnit.YUAN;
    private List<IncomeLine> income;
    private List<ExpenditureLine> expenditure;
    private Totals totals;
    private List<BudgetLine> budget;
    private ThreePublicExpenses threePublicExpenses;
    private Assets assets;
    private List<Indicator> indicators;
    private List<Project> projects;
    private Scoring scoring;

    public static Documents report() {
        return new Documents();
    }

    public Documents kind(ReportKind value) {
        kind = value;
        return this;
    }

    public Documents year(Integer value) {
        year = value;
        return this;
    }

    public Documents unit(MoneyUnit value) {
        unit = value;
        return this;
    }

    public Documents income(IncomeLine... lines) {
        income = List.of(lines);
        return this;
    }

    public Documents expenditure(ExpenditureLine... lines) {
        expenditure = List.of(lines);
        return this;
    }

    public Documents totals(Totals value) {
        totals = value;
        return this;
    }

    public Documents budget(BudgetLine... lines) {
        budget = List.of(lines);
        return this;
    }

    public Documents threePublicExpenses(ThreePublicExpenses value) {
        threePublicExpenses = value;
        return this;
    }

    public Documents assets(Assets value) {
        assets = value;
        return this;
    }

    public Documents indicators(Indicator... values) {
        indicators = List.of(values);
        return this;
    }

    public Documents projects(Project... values) {
        projects = List.of(values);
        return this;
    }

    public Documents scoring(Scoring value) {
        scoring = value;
        return this;
    }

    public ReportDocument build() {
        return new ReportDocument(ReportDocument.FORMAT_VERSION, kind, year, unit, null, null, income, expenditure,
                totals, budget, threePublicExpenses, assets, indicators, projects, scoring, null, null, null, null, null);
    }

    /** A decimal from its text; {@code null} stays unknown. */
    public static BigDecimal d(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    public static IncomeLine in(String code, String name, String total, String fiscal, String other) {
        return new IncomeLine(code, name, d(total), d(fiscal), d(other));
    }

    public static ExpenditureLine out(String code, String name, String total, String basic, String project) {
        return new ExpenditureLine(code, name, d(total), d(basic), d(project));
    }

    public static Totals totals(String income, String incomeFiscal, String incomeOther, String expenditure, String basic,
            String project, String opening, String closing) {
        return new Totals(d(income), d(incomeFiscal), d(incomeOther), d(expenditure), d(basic), d(project), d(opening),
                d(closing));
    }

    public static Indicator indicator(String name, String target, String actual, String weight, String score,
            String reason) {
        return new Indicator("产出指标", "数量指标", name, target, actual, d(weight), d(score), reason);
    }

    /** A demo document of the product's resources, read as the API reads it. */
    public static ReportDocument resource(String path) {
        try (InputStream in = Documents.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException(path);
            }
            return JSON.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), ReportDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A framework template of the product's resources. */
    public static Framework framework(String path) {
        try (InputStream in = Documents.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException(path);
            }
            return JSON.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), Framework.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
