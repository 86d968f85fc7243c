package cn.perfeval.snapshot;

import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Assets;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.Deduction;
import cn.perfeval.report.ReportDocument.DepartmentPart;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Indicator;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportDocument.Scoring;
import cn.perfeval.report.ReportDocument.ScoringItem;
import cn.perfeval.report.ReportDocument.Staffing;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.ThreePublicExpenses;
import cn.perfeval.report.ReportDocument.Totals;
import cn.perfeval.snapshot.Changes.FigureChange;
import cn.perfeval.snapshot.Changes.RowChange;
import cn.perfeval.snapshot.Changes.TextChange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What changed between two versions of a report document, part by part: figures whose value
 * changed (compared as decimals, so {@code 1000.5} equals {@code 1000.50}), rows added or removed
 * (income and expenditure rows by classification code; budget items, indicators, projects and
 * scoring items by their name or path), texts changed (see {@link TextDiff}), and attachments
 * added or removed. Both documents should state their money in the same unit (snapshots keep
 * yuan). Plain Java.
 */
public final class DocumentDiff {

    /** Joins the levels of an indicator's or scoring item's path into a row key. */
    public static final String PATH_SEPARATOR = " / ";

    private final List<FigureChange> figures = new ArrayList<>();
    private final List<RowChange> rows = new ArrayList<>();
    private final List<TextChange> texts = new ArrayList<>();

    private DocumentDiff() {
    }

    /**
     * The changes from {@code before} (round {@code fromRound}) to {@code after} (round
     * {@code toRound}, or the report now when {@code null}).
     */
    public static Changes compare(int fromRound, Integer toRound, ReportDocument before, List<String> beforeAttachments,
            ReportDocument after, List<String> afterAttachments) {
        DocumentDiff diff = new DocumentDiff();
        diff.basic(before, after);
        diff.keyed(ReportPart.INCOME, before.income(), after.income(), IncomeLine::code, r -> r.code() + " " + r.name(),
                (b, a) -> {
                    String row = a.code();
                    String label = a.code() + " " + a.name();
                    diff.text(ReportPart.INCOME, row, label, "name", b.name(), a.name());
                    diff.figure(ReportPart.INCOME, row, label, "total", b.total(), a.total());
                    diff.figure(ReportPart.INCOME, row, label, "fiscal", b.fiscal(), a.fiscal());
                    diff.figure(ReportPart.INCOME, row, label, "other", b.other(), a.other());
                });
        diff.keyed(ReportPart.EXPENDITURE, before.expenditure(), after.expenditure(), ExpenditureLine::code,
                r -> r.code() + " " + r.name(), (b, a) -> {
                    String row = a.code();
                    String label = a.code() + " " + a.name();
                    diff.text(ReportPart.EXPENDITURE, row, label, "name", b.name(), a.name());
                    diff.figure(ReportPart.EXPENDITURE, row, label, "total", b.total(), a.total());
                    diff.figure(ReportPart.EXPENDITURE, row, label, "basic", b.basic(), a.basic());
                    diff.figure(ReportPart.EXPENDITURE, row, label, "project", b.project(), a.project());
                });
        diff.totals(before.totals(), after.totals());
        diff.keyed(ReportPart.BUDGET, before.budget(), after.budget(), BudgetLine::item, BudgetLine::item, (b, a) -> {
            diff.figure(ReportPart.BUDGET, a.item(), a.item(), "initial", b.initial(), a.initial());
            diff.figure(ReportPart.BUDGET, a.item(), a.item(), "adjusted", b.adjusted(), a.adjusted());
            diff.figure(ReportPart.BUDGET, a.item(), a.item(), "executed", b.executed(), a.executed());
        });
        diff.threePublic(before.threePublicExpenses(), after.threePublicExpenses());
        diff.assets(before.assets(), after.assets());
        diff.indicators(ReportPart.INDICATORS, "", "", before.indicators(), after.indicators());
        diff.keyed(ReportPart.PROJECTS, before.projects(), after.projects(), Project::name, Project::name, (b, a) -> {
            Funds bb = b.budget() == null ? new Funds(null, null) : b.budget();
            Funds ab = a.budget() == null ? new Funds(null, null) : a.budget();
            Funds be = b.executed() == null ? new Funds(null, null) : b.executed();
            Funds ae = a.executed() == null ? new Funds(null, null) : a.executed();
            diff.figure(ReportPart.PROJECTS, a.name(), a.name(), "budget.fiscal", bb.fiscal(), ab.fiscal());
            diff.figure(ReportPart.PROJECTS, a.name(), a.name(), "budget.other", bb.other(), ab.other());
            diff.figure(ReportPart.PROJECTS, a.name(), a.name(), "executed.fiscal", be.fiscal(), ae.fiscal());
            diff.figure(ReportPart.PROJECTS, a.name(), a.name(), "executed.other", be.other(), ae.other());
            diff.text(ReportPart.PROJECTS, a.name(), a.name(), "target", b.target(), a.target());
            diff.indicators(ReportPart.PROJECTS, a.name() + PATH_SEPARATOR, "indicators.", b.indicators(),
                    a.indicators());
        });
        diff.scoring(before.scoring(), after.scoring());
        diff.text(ReportPart.CONCLUSIONS, null, null, "narrative", before.narrative(), after.narrative());
        diff.text(ReportPart.CONCLUSIONS, null, null, "conclusion", before.conclusion(), after.conclusion());
        diff.text(ReportPart.CONCLUSIONS, null, null, "problems", before.problems(), after.problems());
        diff.text(ReportPart.CONCLUSIONS, null, null, "suggestions", before.suggestions(), after.suggestions());
        diff.text(ReportPart.CONCLUSIONS, null, null, "resultUse", before.resultUse(), after.resultUse());
        diff.text(ReportPart.CONCLUSIONS, null, null, "publication", before.publication(), after.publication());
        return new Changes(fromRound, toRound, diff.figures, diff.rows, diff.texts,
                without(afterAttachments, beforeAttachments), without(beforeAttachments, afterAttachments));
    }

    private void basic(ReportDocument before, ReportDocument after) {
        DepartmentPart b = before.department() == null ? new DepartmentPart(null, null, null, null, null)
                : before.department();
        DepartmentPart a = after.department() == null ? new DepartmentPart(null, null, null, null, null)
                : after.department();
        Staffing bs = b.staffing() == null ? new Staffing(null, null, null) : b.staffing();
        Staffing as = a.staffing() == null ? new Staffing(null, null, null) : a.staffing();
        text(ReportPart.BASIC, null, null, "type", b.type(), a.type());
        figure(ReportPart.BASIC, null, null, "authorized", decimal(bs.authorized()), decimal(as.authorized()));
        figure(ReportPart.BASIC, null, null, "actual", decimal(bs.actual()), decimal(as.actual()));
        figure(ReportPart.BASIC, null, null, "retired", decimal(bs.retired()), decimal(as.retired()));
        text(ReportPart.BASIC, null, null, "duties", b.duties(), a.duties());
        text(ReportPart.BASIC, null, null, "mainTasks", before.mainTasks(), after.mainTasks());
    }

    private void totals(Totals before, Totals after) {
        Totals b = before == null ? new Totals(null, null, null, null, null, null, null, null) : before;
        Totals a = after == null ? new Totals(null, null, null, null, null, null, null, null) : after;
        ReportPart p = ReportPart.TOTALS;
        figure(p, null, null, "income", b.income(), a.income());
        figure(p, null, null, "incomeFiscal", b.incomeFiscal(), a.incomeFiscal());
        figure(p, null, null, "incomeOther", b.incomeOther(), a.incomeOther());
        figure(p, null, null, "expenditure", b.expenditure(), a.expenditure());
        figure(p, null, null, "basic", b.basic(), a.basic());
        figure(p, null, null, "project", b.project(), a.project());
        figure(p, null, null, "openingBalance", b.openingBalance(), a.openingBalance());
        figure(p, null, null, "closingBalance", b.closingBalance(), a.closingBalance());
    }

    private void threePublic(ThreePublicExpenses before, ThreePublicExpenses after) {
        ThreePublicExpenses b = before == null ? new ThreePublicExpenses(null, null, null, null) : before;
        ThreePublicExpenses a = after == null ? new ThreePublicExpenses(null, null, null, null) : after;
        threeLines("budget", b.budget(), a.budget());
        threeLines("actual", b.actual(), a.actual());
        figure(ReportPart.THREE_PUBLIC, null, null, "receptionBatches", decimal(b.receptionBatches()),
                decimal(a.receptionBatches()));
        figure(ReportPart.THREE_PUBLIC, null, null, "receptionPersons", decimal(b.receptionPersons()),
                decimal(a.receptionPersons()));
    }

    private void threeLines(String which, ThreeLines before, ThreeLines after) {
        ThreeLines b = before == null ? new ThreeLines(null, null, null) : before;
        ThreeLines a = after == null ? new ThreeLines(null, null, null) : after;
        figure(ReportPart.THREE_PUBLIC, null, null, which + ".overseas", b.overseas(), a.overseas());
        figure(ReportPart.THREE_PUBLIC, null, null, which + ".vehicles", b.vehicles(), a.vehicles());
        figure(ReportPart.THREE_PUBLIC, null, null, which + ".reception", b.reception(), a.reception());
    }

    private void assets(Assets before, Assets after) {
        Assets b = before == null ? new Assets(null, null, null, null, null) : before;
        Assets a = after == null ? new Assets(null, null, null, null, null) : after;
        ReportPart p = ReportPart.ASSETS;
        figure(p, null, null, "total", b.total(), a.total());
        figure(p, null, null, "liabilities", b.liabilities(), a.liabilities());
        figure(p, null, null, "net", b.net(), a.net());
        figure(p, null, null, "fixedAssetsOriginal", b.fixedAssetsOriginal(), a.fixedAssetsOriginal());
        figure(p, null, null, "fixedAssetsInUse", b.fixedAssetsInUse(), a.fixedAssetsInUse());
    }

    /** Indicators keyed by their path (一级 / 二级 / 三级), under {@code keyPrefix} (a project's name). */
    private void indicators(ReportPart part, String keyPrefix, String fieldPrefix, List<Indicator> before,
            List<Indicator> after) {
        Function<Indicator, String> key = i -> keyPrefix + String.join(PATH_SEPARATOR,
                Objects.toString(i.level1(), ""), Objects.toString(i.level2(), ""), Objects.toString(i.name(), ""));
        keyed(part, before, after, key, key, (b, a) -> {
            String row = key.apply(a);
            figure(part, row, row, fieldPrefix + "weight", b.weight(), a.weight());
            figure(part, row, row, fieldPrefix + "score", b.score(), a.score());
            text(part, row, row, fieldPrefix + "target", b.target(), a.target());
            text(part, row, row, fieldPrefix + "actual", b.actual(), a.actual());
            text(part, row, row, fieldPrefix + "deviationReason", b.deviationReason(), a.deviationReason());
        });
    }

    private void scoring(Scoring before, Scoring after) {
        if (before == null && after == null) {
            return;
        }
        Scoring b = before == null ? new Scoring(null, null, null, null, null) : before;
        Scoring a = after == null ? new Scoring(null, null, null, null, null) : after;
        ReportPart p = ReportPart.SCORING;
        text(p, null, null, "framework", b.framework(), a.framework());
        Function<ScoringItem, String> path = i -> i.path() == null ? "" : String.join(PATH_SEPARATOR, i.path());
        keyed(p, b.items(), a.items(), path, path, (bi, ai) -> {
            String row = path.apply(ai);
            figure(p, row, row, "maxPoints", bi.maxPoints(), ai.maxPoints());
            figure(p, row, row, "selfScore", bi.selfScore(), ai.selfScore());
            text(p, row, row, "explanation", bi.explanation(), ai.explanation());
            text(p, row, row, "standard", bi.standard(), ai.standard());
        });
        keyed(p, b.deductions(), a.deductions(), Deduction::name, Deduction::name, (bd, ad) -> {
            figure(p, ad.name(), ad.name(), "deduction.maxPoints", bd.maxPoints(), ad.maxPoints());
            figure(p, ad.name(), ad.name(), "deduction.points", bd.points(), ad.points());
        });
        figure(p, null, null, "total", b.total(), a.total());
        text(p, null, null, "grade", b.grade(), a.grade());
    }

    /**
     * Rows matched by key: those only before were removed, those only after were added, the others
     * are compared field by field. A key that occurs twice is told apart by its occurrence.
     */
    private <T> void keyed(ReportPart part, List<T> before, List<T> after, Function<T, String> key,
            Function<T, String> label, BiConsumer<T, T> compareRow) {
        Map<String, T> old = byKey(before, key);
        Map<String, T> now = byKey(after, key);
        old.forEach((k, row) -> {
            if (!now.containsKey(k)) {
                rows.add(new RowChange(part, k, label.apply(row), false));
            }
        });
        now.forEach((k, row) -> {
            T was = old.get(k);
            if (was == null) {
                rows.add(new RowChange(part, k, label.apply(row), true));
            } else {
                compareRow.accept(was, row);
            }
        });
    }

    private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
        Map<String, T> result = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        if (rows != null) {
            for (T row : rows) {
                String k = Objects.toString(key.apply(row), "");
                int n = seen.merge(k, 1, Integer::sum);
                result.put(n == 1 ? k : k + "#" + n, row);
            }
        }
        return result;
    }

    private void figure(ReportPart part, String row, String label, String column, BigDecimal before,
            BigDecimal after) {
        boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
        if (!same) {
            figures.add(new FigureChange(part, row, label, column, before, after));
        }
    }

    private void text(ReportPart part, String row, String label, String field, String before, String after) {
        String b = before == null ? "" : before;
        String a = after == null ? "" : after;
        if (!b.equals(a)) {
            texts.add(new TextChange(part, row, label, field, TextDiff.diff(b, a)));
        }
    }

    private static BigDecimal decimal(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /** The names in {@code names} that {@code other} lacks, each as often as it lacks it. */
    private static List<String> without(List<String> names, List<String> other) {
        List<String> rest = new ArrayList<>(other == null ? List.of() : other);
        List<String> result = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            if (!rest.remove(name)) {
                result.add(name);
            }
        }
        return result;
    }
}
