package cn.perfeval.report;

import cn.perfeval.report.RepairPlan.CellChange;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Totals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Computes what a {@link Repair} changes on a document, without storing anything: empty where the
 * repair does not apply (nothing to repair, a figure it needs is unknown, or it would not explain the
 * whole difference). Money in yuan; a document in 万元 is not repaired.
 */
public final class Repairs {

    private static final String INCOME = "income";
    private static final String EXPENDITURE = "expenditure";
    private static final String TOTALS = "totals";
    private static final List<String> INCOME_COLUMNS = List.of("total", "fiscal", "other");
    private static final List<String> EXPENDITURE_COLUMNS = List.of("total", "basic", "project");
    /** The stated totals by field: the table and column whose 类 rows they sum. */
    private static final Map<String, String[]> TOTAL_FIELDS = Map.of("income", new String[] {INCOME, "0"},
            "incomeFiscal", new String[] {INCOME, "1"}, "incomeOther", new String[] {INCOME, "2"},
            "expenditure", new String[] {EXPENDITURE, "0"}, "basic", new String[] {EXPENDITURE, "1"},
            "project", new String[] {EXPENDITURE, "2"});

    private static final List<String> TOTAL_ORDER = List.of("income", "incomeFiscal", "incomeOther", "expenditure",
            "basic", "project");

    private Repairs() {
    }

    /** What the repair changes on the document, or empty where it does not apply. */
    public static Optional<RepairPlan> plan(ReportDocument document, Repair repair) {
        if (document != null && repair instanceof Repair.ReplaceSentence r) {
            return replaceSentence(document, r);
        }
        if (document == null || repair == null || document.unit() == MoneyUnit.WAN_YUAN) {
            return Optional.empty();
        }
        Work work = new Work(document);
        return switch (repair) {
            case Repair.AddMissingRows r -> work.addMissingRows(r);
            case Repair.TotalFromRows r -> work.totalFromRows(r);
            case Repair.ParentFromChildren r -> work.parentFromChildren(r);
            case Repair.ReplaceSentence r -> Optional.empty();
        };
    }

    /** The sentence replaced in its text field, where the text at its offset is still that sentence. */
    private static Optional<RepairPlan> replaceSentence(ReportDocument d, Repair.ReplaceSentence r) {
        String text = textOf(d, r.field());
        if (text == null || r.sentence() == null || r.sentence().isEmpty() || r.replacement() == null
                || r.offset() < 0 || !text.startsWith(r.sentence(), r.offset())
                || r.sentence().equals(r.replacement())) {
            return Optional.empty();
        }
        String after = text.substring(0, r.offset()) + r.replacement()
                + text.substring(r.offset() + r.sentence().length());
        String f = r.field();
        ReportDocument result = new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(),
                "mainTasks".equals(f) ? after : d.mainTasks(), d.income(), d.expenditure(), d.totals(), d.budget(),
                d.threePublicExpenses(), d.assets(), d.indicators(), d.projects(), d.scoring(),
                "conclusion".equals(f) ? after : d.conclusion(), "problems".equals(f) ? after : d.problems(),
                "suggestions".equals(f) ? after : d.suggestions(), "resultUse".equals(f) ? after : d.resultUse(),
                d.publication(), d.project(), "narrative".equals(f) ? after : d.narrative());
        return Optional.of(new RepairPlan(r, null, List.of(), List.of(), result,
                new RepairPlan.TextChange(f, r.offset(), r.sentence(), r.replacement())));
    }

    /** The text of a text field the drafter types, by its name in the document; {@code null} for another name. */
    private static String textOf(ReportDocument d, String field) {
        return switch (field == null ? "" : field) {
            case "mainTasks" -> d.mainTasks();
            case "narrative" -> d.narrative();
            case "conclusion" -> d.conclusion();
            case "problems" -> d.problems();
            case "suggestions" -> d.suggestions();
            case "resultUse" -> d.resultUse();
            default -> null;
        };
    }

    /** A row of the income or expenditure table being repaired: its three money columns. */
    private static final class Line {
        final String code;
        final String name;
        final BigDecimal[] values;
        final boolean added;

        Line(String code, String name, BigDecimal[] values, boolean added) {
            this.code = code == null ? null : code.strip();
            this.name = name;
            this.values = values;
            this.added = added;
        }
    }

    /** The document's tables and totals as they are being repaired, and the changes made. */
    private static final class Work {
        final ReportDocument document;
        final List<Line> income = new ArrayList<>();
        final List<Line> expenditure = new ArrayList<>();
        final Map<String, BigDecimal> totals = new LinkedHashMap<>();
        /** Changed cells by table, row line and column (rows numbered only at the end). */
        final List<Object[]> changed = new ArrayList<>();

        Work(ReportDocument document) {
            this.document = document;
            if (document.income() != null) {
                for (IncomeLine l : document.income()) {
                    income.add(new Line(l.code(), l.name(), new BigDecimal[] {l.total(), l.fiscal(), l.other()},
                            false));
                }
            }
            if (document.expenditure() != null) {
                for (ExpenditureLine l : document.expenditure()) {
                    expenditure.add(new Line(l.code(), l.name(),
                            new BigDecimal[] {l.total(), l.basic(), l.project()}, false));
                }
            }
            Totals t = document.totals();
            if (t != null) {
                totals.put("income", t.income());
                totals.put("incomeFiscal", t.incomeFiscal());
                totals.put("incomeOther", t.incomeOther());
                totals.put("expenditure", t.expenditure());
                totals.put("basic", t.basic());
                totals.put("project", t.project());
            }
        }

        List<Line> table(String name) {
            return INCOME.equals(name) ? income : EXPENDITURE.equals(name) ? expenditure : null;
        }

        static List<String> columns(String table) {
            return INCOME.equals(table) ? INCOME_COLUMNS : EXPENDITURE_COLUMNS;
        }

        // ---- the repairs -----------------------------------------------------------------------

        Optional<RepairPlan> addMissingRows(Repair.AddMissingRows repair) {
            List<Line> target = table(repair.table());
            if (target == null) {
                return Optional.empty();
            }
            String other = INCOME.equals(repair.table()) ? EXPENDITURE : INCOME;
            List<Line> source = table(other);
            String under = repair.under() == null ? "" : repair.under().strip();
            Set<String> present = target.stream().map(l -> l.code).filter(Repairs::isCode)
                    .collect(Collectors.toSet());
            // The rows of the other table under `under` that this one lacks, in tree order, first of each code.
            TreeMap<String, Line> missing = new TreeMap<>();
            for (Line l : source) {
                if (isCode(l.code) && l.code.length() > under.length() && l.code.startsWith(under)
                        && !present.contains(l.code)) {
                    missing.putIfAbsent(l.code, l);
                }
            }
            if (missing.isEmpty()) {
                return Optional.empty();
            }
            // The highest missing row of each branch carries the branch's amount.
            List<Line> tops = missing.values().stream()
                    .filter(l -> l.code.length() == 3 || !missing.containsKey(parent(l.code))).toList();
            BigDecimal amount = BigDecimal.ZERO;
            for (Line top : tops) {
                if (top.values[0] == null) {
                    return Optional.empty();
                }
                amount = amount.add(top.values[0]);
            }
            // Obvious only where the rows explain the whole difference between the tables at `under`.
            BigDecimal gap = gap(repair.table(), under);
            if (gap == null || gap.compareTo(amount) != 0 || amount.signum() == 0) {
                return Optional.empty();
            }
            // ... and at every row above them: each differs between the tables by the rows missing under it.
            Map<String, BigDecimal> missingUnder = new LinkedHashMap<>();
            for (Line top : tops) {
                for (String code = parent(top.code); code != null; code = parent(code)) {
                    if (find(target, code) != null) {
                        missingUnder.merge(code, top.values[0], BigDecimal::add);
                    }
                }
            }
            for (Map.Entry<String, BigDecimal> row : missingUnder.entrySet()) {
                BigDecimal rowGap = gap(repair.table(), row.getKey());
                if (rowGap == null || rowGap.compareTo(row.getValue()) != 0) {
                    return Optional.empty();
                }
            }
            Map<Line, Integer> splitOf = new LinkedHashMap<>();
            for (Line top : tops) {
                splitOf.put(top, split(target, repair.table(), top.code));
            }
            List<String> cols = columns(repair.table());
            for (Line added : missing.values()) {
                Line top = tops.stream().filter(t -> added.code.startsWith(t.code)).findFirst().orElseThrow();
                int split = splitOf.get(top);
                BigDecimal[] values = new BigDecimal[3];
                values[0] = added.values[0];
                if (split > 0) {
                    values[split] = added.values[0];
                }
                Line row = new Line(added.code, added.name, values, true);
                target.add(insertAt(target, added.code), row);
                for (int c = 0; c < 3; c++) {
                    if (values[c] != null) {
                        changed.add(new Object[] {repair.table(), row, cols.get(c), null, values[c]});
                    }
                }
            }
            // The rows above each branch, and the stated totals, grow by the branch's amount.
            BigDecimal[] sums = new BigDecimal[3];
            for (Line top : tops) {
                int split = splitOf.get(top);
                for (String code = parent(top.code); code != null; code = parent(code)) {
                    Line above = find(target, code);
                    if (above != null) {
                        grow(above, 0, top.values[0], repair.table());
                        if (split > 0) {
                            grow(above, split, top.values[0], repair.table());
                        }
                    }
                }
                sums[0] = add(sums[0], top.values[0]);
                if (split > 0) {
                    sums[split] = add(sums[split], top.values[0]);
                }
            }
            for (String field : TOTAL_ORDER) {
                String[] at = TOTAL_FIELDS.get(field);
                int c = Integer.parseInt(at[1]);
                if (at[0].equals(repair.table()) && sums[c] != null && totals.get(field) != null) {
                    setTotal(field, totals.get(field).add(sums[c]));
                }
            }
            return Optional.of(plan(repair, amount, List.copyOf(missing.keySet())));
        }

        Optional<RepairPlan> totalFromRows(Repair.TotalFromRows repair) {
            String[] at = TOTAL_FIELDS.get(repair.field());
            if (at == null || document.totals() == null) {
                return Optional.empty();
            }
            List<Line> rows = table(at[0]);
            int c = Integer.parseInt(at[1]);
            BigDecimal sum = null;
            for (Line l : rows) {
                if (isCode(l.code) && l.code.length() == 3) {
                    if (l.values[c] == null) {
                        return Optional.empty();
                    }
                    sum = add(sum, l.values[c]);
                }
            }
            BigDecimal stated = totals.get(repair.field());
            if (sum == null || stated != null && stated.compareTo(sum) == 0) {
                return Optional.empty();
            }
            setTotal(repair.field(), sum);
            return Optional.of(plan(repair, sum, List.of()));
        }

        Optional<RepairPlan> parentFromChildren(Repair.ParentFromChildren repair) {
            List<Line> rows = table(repair.table());
            String code = repair.code() == null ? null : repair.code().strip();
            if (rows == null || !isCode(code) || code.length() == 7) {
                return Optional.empty();
            }
            int c = columns(repair.table()).indexOf(repair.column());
            Line parent = find(rows, code);
            if (c < 0 || parent == null) {
                return Optional.empty();
            }
            BigDecimal sum = null;
            for (Line l : rows) {
                if (isCode(l.code) && l.code.length() == code.length() + 2 && l.code.startsWith(code)) {
                    if (l.values[c] == null) {
                        return Optional.empty();
                    }
                    sum = add(sum, l.values[c]);
                }
            }
            if (sum == null || parent.values[c] != null && parent.values[c].compareTo(sum) == 0) {
                return Optional.empty();
            }
            changed.add(new Object[] {repair.table(), parent, repair.column(), parent.values[c], sum});
            parent.values[c] = sum;
            return Optional.of(plan(repair, sum, List.of()));
        }

        // ---- helpers ---------------------------------------------------------------------------

        /** The other table's figure minus this table's at {@code under} (a row, or the stated totals). */
        private BigDecimal gap(String table, String under) {
            String other = INCOME.equals(table) ? EXPENDITURE : INCOME;
            if (under.isEmpty()) {
                BigDecimal mine = totals.get(table);
                BigDecimal theirs = totals.get(other);
                return mine == null || theirs == null ? null : theirs.subtract(mine);
            }
            Line mine = find(table(table), under);
            Line theirs = find(table(other), under);
            return mine == null || theirs == null || mine.values[0] == null || theirs.values[0] == null ? null
                    : theirs.values[0].subtract(mine.values[0]);
        }

        /**
         * Which of the two parts of the total the added rows of a branch belong to: where the nearest row
         * above them (or the stated totals, for a 类) has one part and not the other (财政拨款 without
         * 其他收入, as most departments report), the part it has; 0 (the total alone) where that is not clear.
         */
        private int split(List<Line> target, String table, String code) {
            BigDecimal first;
            BigDecimal second;
            Line above = null;
            for (String p = parent(code); p != null && above == null; p = parent(p)) {
                above = find(target, p);
            }
            if (above != null) {
                first = above.values[1];
                second = above.values[2];
            } else if (INCOME.equals(table)) {
                first = totals.get("incomeFiscal");
                second = totals.get("incomeOther");
            } else {
                first = totals.get("basic");
                second = totals.get("project");
            }
            boolean hasFirst = first != null && first.signum() != 0;
            boolean hasSecond = second != null && second.signum() != 0;
            return hasFirst && !hasSecond ? 1 : hasSecond && !hasFirst ? 2 : 0;
        }

        private void grow(Line row, int column, BigDecimal by, String table) {
            if (row.values[column] == null) {
                return;
            }
            BigDecimal before = row.values[column];
            row.values[column] = before.add(by);
            for (Object[] change : changed) {
                if (change[1] == row && change[2].equals(columns(table).get(column))) {
                    change[4] = row.values[column];
                    return;
                }
            }
            changed.add(new Object[] {table, row, columns(table).get(column), before, row.values[column]});
        }

        private void setTotal(String field, BigDecimal value) {
            changed.add(new Object[] {TOTALS, null, field, totals.get(field), value});
            totals.put(field, value);
        }

        private RepairPlan plan(Repair repair, BigDecimal amount, List<String> codes) {
            List<CellChange> changes = new ArrayList<>();
            for (Object[] c : changed) {
                Line row = (Line) c[1];
                String table = (String) c[0];
                changes.add(row == null
                        ? new CellChange(table, 0, null, null, (String) c[2], (BigDecimal) c[3], (BigDecimal) c[4],
                                false)
                        : new CellChange(table, table(table).indexOf(row) + 1, row.code, row.name, (String) c[2],
                                (BigDecimal) c[3], (BigDecimal) c[4], row.added));
            }
            // The table order: income, expenditure, totals; within a table by row.
            changes.sort((a, b) -> {
                int t = Integer.compare(order(a.table()), order(b.table()));
                return t != 0 ? t : Integer.compare(a.rowNumber(), b.rowNumber());
            });
            return new RepairPlan(repair, amount, codes, changes, result());
        }

        private static int order(String table) {
            return INCOME.equals(table) ? 0 : EXPENDITURE.equals(table) ? 1 : 2;
        }

        private ReportDocument result() {
            ReportDocument d = document;
            List<IncomeLine> in = d.income() == null && income.isEmpty() ? d.income()
                    : income.stream().map(l -> new IncomeLine(l.code, l.name, l.values[0], l.values[1], l.values[2]))
                            .toList();
            List<ExpenditureLine> out = d.expenditure() == null && expenditure.isEmpty() ? d.expenditure()
                    : expenditure.stream().map(l -> new ExpenditureLine(l.code, l.name, l.values[0], l.values[1],
                            l.values[2])).toList();
            Totals t = d.totals();
            Totals totalsAfter = t == null ? null : new Totals(totals.get("income"), totals.get("incomeFiscal"),
                    totals.get("incomeOther"), totals.get("expenditure"), totals.get("basic"), totals.get("project"),
                    t.openingBalance(), t.closingBalance());
            return new ReportDocument(d.formatVersion(), d.kind(), d.year(), d.unit(), d.department(), d.mainTasks(),
                    in, out, totalsAfter, d.budget(), d.threePublicExpenses(), d.assets(), d.indicators(),
                    d.projects(), d.scoring(), d.conclusion(), d.problems(), d.suggestions(), d.resultUse(),
                    d.publication(), d.project(), d.narrative());
        }
    }

    /** Where a new row goes in a table kept in tree order: after the last row whose code sorts before it. */
    private static int insertAt(List<Line> rows, String code) {
        int at = rows.size();
        for (int i = rows.size() - 1; i >= 0; i--) {
            String c = rows.get(i).code;
            if (isCode(c) && c.compareTo(code) < 0) {
                return i + 1;
            }
            if (isCode(c)) {
                at = i;
            }
        }
        return at;
    }

    private static Line find(List<Line> rows, String code) {
        return rows.stream().filter(l -> code.equals(l.code)).findFirst().orElse(null);
    }

    private static String parent(String code) {
        return code.length() <= 3 ? null : code.substring(0, code.length() - 2);
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    /** A classification code of 3, 5 or 7 digits. */
    private static boolean isCode(String code) {
        if (code == null) {
            return false;
        }
        int n = code.length();
        return (n == 3 || n == 5 || n == 7) && code.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }
}
