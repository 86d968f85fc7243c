package cn.perfeval.support;

import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.DepartmentPart;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Staffing;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.report.ReportKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/** Report documents for tests: small ones of a year no other test uses, and the real fixtures. */
public final class TestDocuments {

    public static final String MEDICAL = "米易县医疗保障局";

    /** The setting that puts a test class into the second shared context (see {@link PortalTest#properties()}). */
    public static final String SECOND_DATABASE = "perfeval.test.database=second";
    private static final AtomicInteger YEARS = new AtomicInteger();

    private TestDocuments() {
    }

    /** The database of the running test's context, where one is known (see {@link ContextSecurityStrategy}). */
    private static volatile DataSource database;

    static void useDatabase(DataSource current) {
        database = current;
    }

    /** The years tests draw from: 2030 to 2100 first, then 2000 to 2029; never the demo's 2022. */
    private static final List<Integer> POOL = java.util.stream.Stream.concat(
            java.util.stream.IntStream.rangeClosed(2030, 2100).boxed(),
            java.util.stream.IntStream.rangeClosed(2000, 2029).filter(y -> y != 2022).boxed()).toList();

    /**
     * A year in which 米易县医疗保障局 has no report of any kind yet, in the running test's database
     * (contexts live long and are shared by many test classes), cycling within the years the
     * product accepts.
     */
    public static int freshYear() {
        return freshYear(MEDICAL, null);
    }

    /** A year free as {@link #freshYear()} says that also meets the test's own condition (no round of it, say). */
    public static int freshYear(java.util.function.IntPredicate alsoFree) {
        for (int tries = 0; tries < POOL.size(); tries++) {
            int year = freshYear();
            if (alsoFree.test(year)) {
                return year;
            }
        }
        throw new IllegalStateException("No year from 2000 to 2100 meets the test's condition in this test database");
    }

    /** A year in which the department has no report of the kind (of any kind, for {@code null}). */
    private static int freshYear(String department, ReportKind kind) {
        for (int tries = 0; tries < POOL.size(); tries++) {
            int year = POOL.get(Math.floorMod(YEARS.getAndIncrement(), POOL.size()));
            if (!taken(department, kind, year)) {
                return year;
            }
        }
        throw new IllegalStateException("No year from 2000 to 2100 is free for " + department + " in this test database");
    }

    private static boolean taken(String department, ReportKind kind, int year) {
        DataSource current = database;
        if (current == null) {
            return false;
        }
        String sql = "select count(*) from report r join department d on d.id = r.department_id"
                + " where r.report_year = ? and d.name = ?" + (kind == null ? "" : " and r.kind = ?");
        try (Connection c = current.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, year);
            s.setString(2, department);
            if (kind != null) {
                s.setString(3, kind.name());
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the test database's reports", e);
        }
    }

    /** A small but complete overall report of 米易县医疗保障局 for a year of its own. */
    public static ReportDocument small() {
        return small(freshYear(MEDICAL, ReportKind.DEPARTMENT_OVERALL));
    }

    public static ReportDocument small(int year) {
        return small(MEDICAL, year);
    }

    /** A small but complete overall report of the named department, for a year of its own. */
    public static ReportDocument smallOf(String department) {
        return small(department, freshYear(department, ReportKind.DEPARTMENT_OVERALL));
    }

    private static ReportDocument small(String department, int year) {
        return new ReportDocument(1, ReportKind.DEPARTMENT_OVERALL, year, MoneyUnit.YUAN,
                new DepartmentPart(department, "米易县", "行政单位", new Staffing(23, 21, 2), "（1）贯彻执行医疗保障法律法规。"),
                "1、深入实施全民参保计划。",
                List.of(new IncomeLine("210", "卫生健康支出", new BigDecimal("1000.50"), new BigDecimal("1000.50"), null),
                        new IncomeLine("21013", "医疗救助", new BigDecimal("1000.50"), new BigDecimal("1000.50"), null)),
                List.of(new ExpenditureLine("210", "卫生健康支出", new BigDecimal("1000.50"), new BigDecimal("200.25"),
                        new BigDecimal("800.25"))),
                new Totals(new BigDecimal("1000.50"), null, null, new BigDecimal("1000.50"), null, null,
                        BigDecimal.ZERO, BigDecimal.ZERO),
                null, null, null, null, null, null, "整体支出情况良好。", null, null, null, "依申请公开。");
    }

    public static String fixtureText(String name) {
        try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture of {@code shared/fixtures} (copied into the demo resources) with another year. */
    public static ReportDocument fixture(JsonMapper json, String name, int year) {
        ReportDocument d = json.readValue(fixtureText(name), ReportDocument.class);
        return new ReportDocument(d.formatVersion(), d.kind(), year, d.unit(), d.department(), d.mainTasks(), d.income(),
                d.expenditure(), d.totals(), d.budget(), d.threePublicExpenses(), d.assets(), d.indicators(),
                d.projects(), d.scoring(), d.conclusion(), d.problems(), d.suggestions(), d.resultUse(),
                d.publication(), d.project(), d.narrative());
    }
}
