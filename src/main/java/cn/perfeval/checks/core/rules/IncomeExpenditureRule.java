package cn.perfeval.checks.core.rules;

import static cn.perfeval.checks.core.rules.Texts.gap;
import static cn.perfeval.checks.core.rules.Texts.message;
import static cn.perfeval.checks.core.rules.Texts.money;
import static cn.perfeval.checks.core.rules.Texts.name;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Rule;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.Totals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Income against expenditure, where nothing is carried over: only when the stated opening and
 * closing balances are both known and zero (otherwise a difference is a legitimate carry-over).
 * Then each code present in both tables has the same {@code total} on both sides, and
 * {@code totals.income} = {@code totals.expenditure}.
 *
 * <p>A code present in one table only gets no finding of its own: the finding of the row above
 * it (or of the 合计) that differs names it, with its amount, as the explanation of the
 * difference (e.g. "21099/2109999 其他卫生健康支出 13.17" on the expenditure side only).
 *
 * <p>Finding: table {@code expenditure}, row the code, column {@code total}, or table
 * {@code totals}, column {@code expenditure}; expected the income, found the expenditure.
 */
public final class IncomeExpenditureRule implements Rule {

    public static final String ID = "income.expenditure";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ReportDocument document, CheckSettings settings, List<Finding> out) {
        Totals totals = document.totals();
        if (totals == null || !Figures.isZero(totals.openingBalance()) || !Figures.isZero(totals.closingBalance())) {
            return;
        }
        Integer unit = Figures.unitIndex(document.unit());
        Map<String, Tables.Row> income = byCode(Tables.income(document).rows());
        Map<String, Tables.Row> expenditure = byCode(Tables.expenditure(document).rows());
        List<OneSided> expenditureOnly = oneSided(expenditure, income);
        List<OneSided> incomeOnly = oneSided(income, expenditure);

        for (Tables.Row spent : expenditure.values()) {
            Tables.Row received = income.get(spent.code());
            if (received == null || !Figures.differ(received.total(), spent.total())) {
                continue;
            }
            String under = spent.code();
            String onlySpent = describe(expenditureOnly, under);
            String onlyReceived = describe(incomeOnly, under);
            Object[] args = {spent.code(), name(spent.name()), money(received.total()), money(spent.total()),
                    gap(received.total(), spent.total()), unit};
            out.add(new Finding(ID, Severity.ERROR, "expenditure", spent.code(), "total", received.total(),
                    spent.total(), explained("check.income-expenditure.row", args, onlySpent, onlyReceived)));
        }

        if (Figures.differ(totals.income(), totals.expenditure())) {
            Object[] args = {money(totals.income()), money(totals.expenditure()),
                    gap(totals.income(), totals.expenditure()), unit};
            out.add(new Finding(ID, Severity.ERROR, "totals", null, "expenditure", totals.income(),
                    totals.expenditure(), explained("check.income-expenditure.total", args,
                            describe(expenditureOnly, ""), describe(incomeOnly, ""))));
        }
    }

    /** The message, with the codes present on one side only where there are any. */
    private static LocalizedMessage explained(String key, Object[] args, String onlySpent, String onlyReceived) {
        List<Object> all = new ArrayList<>(List.of(args));
        String variant;
        if (onlySpent != null && onlyReceived != null) {
            variant = ".both-sides";
            all.add(onlySpent);
            all.add(onlyReceived);
        } else if (onlySpent != null) {
            variant = ".expenditure-only";
            all.add(onlySpent);
        } else if (onlyReceived != null) {
            variant = ".income-only";
            all.add(onlyReceived);
        } else {
            variant = "";
        }
        return message(key + variant, all.toArray());
    }

    /** A code present on one side only, the highest such on its branch, with the one-sided codes under it. */
    private record OneSided(Tables.Row row, List<String> codes) {

        String text() {
            String text = String.join("/", codes) + " " + name(row.name());
            return row.total() == null ? text.strip() : text.strip() + " " + money(row.total());
        }
    }

    private static Map<String, Tables.Row> byCode(List<Tables.Row> rows) {
        Map<String, Tables.Row> map = new LinkedHashMap<>();
        for (Tables.Row row : rows) {
            map.putIfAbsent(row.code(), row);
        }
        return map;
    }

    /** The codes of {@code side} absent from {@code other}, grouped under the highest one of each branch. */
    private static List<OneSided> oneSided(Map<String, Tables.Row> side, Map<String, Tables.Row> other) {
        Map<String, OneSided> tops = new LinkedHashMap<>();
        Map<String, String> topOf = new HashMap<>();
        List<String> codes = side.keySet().stream().filter(code -> !other.containsKey(code))
                .sorted().toList(); // tree order: a code sorts before the codes under it
        for (String code : codes) {
            Tables.Row row = side.get(code);
            String top = row.parentCode() == null ? null : topOf.get(row.parentCode());
            if (top == null) {
                tops.put(code, new OneSided(row, new ArrayList<>(List.of(code))));
                topOf.put(code, code);
            } else {
                tops.get(top).codes().add(code);
                topOf.put(code, top);
            }
        }
        return List.copyOf(tops.values());
    }

    /** The one-sided branches under a code ("" for all), joined; {@code null} if none. */
    private static String describe(List<OneSided> oneSided, String under) {
        List<String> texts = new ArrayList<>();
        for (OneSided branch : oneSided) {
            String code = branch.row().code();
            if (code.length() > under.length() && code.startsWith(under)) {
                texts.add(branch.text());
            }
        }
        return texts.isEmpty() ? null : String.join("; ", texts);
    }
}
