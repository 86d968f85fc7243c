package cn.perfeval.checks.core.prose;

import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.prose.ProseReader.Figure;
import cn.perfeval.checks.core.prose.ProseReader.Reading;
import cn.perfeval.report.FunctionalClassification;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDocument.BudgetLine;
import cn.perfeval.report.ReportDocument.ExpenditureLine;
import cn.perfeval.report.ReportDocument.Funds;
import cn.perfeval.report.ReportDocument.IncomeLine;
import cn.perfeval.report.ReportDocument.Project;
import cn.perfeval.report.ReportDocument.ThreeLines;
import cn.perfeval.report.ReportDocument.Totals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table figure with the same meaning as a figure of the prose: the label the prose attaches to it
 * (收入总额, 财政拨款收入, 基本支出, 三公经费, a budget item, a project, a functional classification code or
 * name) mapped to the document's totals, budget items, 三公经费, projects or income and expenditure rows.
 *
 * <p>A label counts only where it is attached to the figure: nothing but words such as 为, 共计, 支出决算
 * or a parenthesis stands between them, and no qualifier that narrows it (一般公共预算, 上年, 追加…)
 * stands before it. Anything else has no counterpart.
 */
final class Counterparts {

    /** A table figure: the label as the prose wrote it, the value in yuan (money) or as counted. */
    record Counterpart(String label, BigDecimal value) {
    }

    private static final Pattern ATTACHED = Pattern.compile(
            "^(?:\\s|[:：]|为|是|共计|合计|总计|共|达到|达|实际|全年|本年|年度|累计|支出|决算数|决算|金额|财政拨款"
                    + "|[（(][^）)]*[）)])*$");
    private static final List<String> NARROWING = List.of("财政拨款", "一般公共预算", "政府性基金", "国有资本", "上年",
            "去年", "上一年", "同期", "年初", "调整", "预算", "追加", "追减", "类", "项目", "医疗救助", "政府采购", "事业",
            "经营", "补助", "专项", "资助", "基金");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})年");
    private static final Pattern CODE = Pattern.compile("[（(]([0-9]{3}|[0-9]{5}|[0-9]{7})[类款项][）)]");
    private static final Pattern CODE_TAIL = Pattern.compile("^\\s*[:：]?\\s*(?:支出决算|支出|决算)数?(?:为|是)?\\s*[:：]?\\s*$");
    private static final Pattern SUBJECT_TAIL = Pattern.compile(
            "^[，,、\\s]*(?:全年|本年|年度)?(年初预算|调整后?预算|预算数|执行数|实际执行|执行|支出决算|决算数|支出)数?(?:为|是)?"
                    + "\\s*[:：]?\\s*$");

    /** 类/款/项 written after a classification name ({@code 社会保障和就业（类）支出}). */
    private static final Pattern LEVEL = Pattern.compile("[（(]([类款项])[）)]");
    /** The words that may stand between a classification name and its figure, besides spaces. */
    private static final List<String> TAIL_WORDS = List.of(":", "：", "为", "是", "共计", "合计", "支出决算数", "支出决算",
            "决算数", "决算", "支出数", "支出", "金额", "达到", "达", "实际", "全年", "本年", "累计");
    /** What may stand just before a classification name: the start, punctuation, a code, a numbering. */
    private static final String NAME_BOUNDARY = "，,、：:；;。（()）.． \t\n\r0123456789";
    /** Words before a classification name that make its figure a part of the row's (财政拨款, 基本支出中…). */
    private static final Pattern ROW_NARROWING = Pattern.compile("财政拨款|一般公共预算|政府性基金|国有资本|上年|去年|上一年"
            + "|同期|年初|调整|预算|追加|追减|结转|结余|(?:基本|项目)支出(?:中|的|里)");
    private static final Pattern CODE_BEFORE = Pattern.compile("(?<![0-9])([0-9]{3}|[0-9]{5}|[0-9]{7})\\s*$");
    /** A label followed after 中 narrows to a part of what stands before it (卫生健康支出中项目支出), 其中 does not. */
    private static final Pattern PART_OF = Pattern.compile("(?<!其)中的?$");
    private static final int LONGEST_TAIL = 12;

    private final ReportDocument document;
    private final MoneyUnit unit;
    /** Rows of the income and expenditure tables by their name as written, markers and spaces left out. */
    private final Map<String, List<Row>> rowsByName = new HashMap<>();
    /** The names a figure may be attached to without a code or a 类/款/项 marker: 类 names. */
    private final Set<String> bareNames = new HashSet<>();
    /** The names of {@code rowsByName} by their last character. */
    private final Map<Character, List<String>> namesEndingWith = new HashMap<>();
    private final Map<String, List<Row>> rowsByCode = new HashMap<>();
    private final Map<Pattern, Supplier<BigDecimal>> labels = new LinkedHashMap<>();
    private final List<Pattern> names = new ArrayList<>();
    private final Map<String, BudgetLine> items = new HashMap<>();
    private final Map<String, Project> projects = new HashMap<>();

    Counterparts(ReportDocument document) {
        this.document = document;
        this.unit = Figures.unitOf(document.unit());
        Totals t = document.totals() == null ? new Totals(null, null, null, null, null, null, null, null)
                : document.totals();
        label("财政拨款收入", t.incomeFiscal());
        label("其他收入", t.incomeOther());
        label("收入总额|收入合计|总收入", t.income());
        label("收入总计", Figures.add(t.income(), t.openingBalance()));
        label("支出总额|支出合计|总支出", t.expenditure());
        label("支出总计", Figures.add(t.expenditure(), t.closingBalance()));
        label("基本支出", t.basic());
        label("项目支出", t.project());
        ThreeLines actual = document.threePublicExpenses() == null ? null : document.threePublicExpenses().actual();
        if (actual == null) {
            actual = new ThreeLines(null, null, null);
        }
        label("三公[\"“”]?经费", Figures.add(Figures.add(actual.overseas(), actual.vehicles()), actual.reception()));
        label("因公出国[（(]境[）)]费用?", actual.overseas());
        label("公务用车购置及运行(?:维护)?费", actual.vehicles());
        label("公务接待费", actual.reception());
        if (document.budget() != null) {
            for (BudgetLine line : document.budget()) {
                if (Figures.stated(line.item())) {
                    String item = line.item().strip();
                    items.putIfAbsent(item, line);
                    if (item.endsWith("项目") && item.length() > 4) {
                        items.putIfAbsent(item.substring(0, item.length() - 2), line);
                    }
                }
            }
        }
        classification();
        if (document.projects() != null) {
            for (Project project : document.projects()) {
                if (project != null && Figures.stated(project.name()) && project.name().strip().length() >= 2) {
                    projects.putIfAbsent(project.name().strip(), project);
                }
            }
        }
    }

    /** A row of the income or expenditure table: its code, its table and its 合计. */
    private record Row(String code, boolean income, BigDecimal total) {
    }

    /** The rows by code and by name, and the 类 names of the classification (mapped to the report's rows). */
    private void classification() {
        if (document.income() != null) {
            for (IncomeLine line : document.income()) {
                if (line != null) {
                    row(line.code(), line.name(), true, line.total());
                }
            }
        }
        if (document.expenditure() != null) {
            for (ExpenditureLine line : document.expenditure()) {
                if (line != null) {
                    row(line.code(), line.name(), false, line.total());
                }
            }
        }
        if (rowsByCode.isEmpty()) {
            return;
        }
        for (Map.Entry<String, String> category : FunctionalClassification.categories().entrySet()) {
            List<Row> rows = rowsByCode.get(category.getKey());
            String name = category.getValue();
            if (rows != null) {
                List<Row> named = rowsByName.computeIfAbsent(name, n -> new ArrayList<>());
                rows.stream().filter(r -> !named.contains(r)).forEach(named::add);
            }
            if (!name.startsWith("其他") && !name.equals("预备费")) {
                bareNames.add(name);
            }
        }
        for (String name : rowsByName.keySet()) {
            namesEndingWith.computeIfAbsent(name.charAt(name.length() - 1), c -> new ArrayList<>()).add(name);
        }
    }

    private void row(String code, String name, boolean income, BigDecimal total) {
        String c = code == null ? "" : code.strip();
        if (!c.matches("[0-9]{3}|[0-9]{5}|[0-9]{7}")) {
            return;
        }
        Row row = new Row(c, income, total);
        rowsByCode.computeIfAbsent(c, k -> new ArrayList<>()).add(row);
        String n = nameKey(name);
        if (n.length() >= 2) {
            rowsByName.computeIfAbsent(n, k -> new ArrayList<>()).add(row);
            if (c.length() == 3 && !n.startsWith("其他")) {
                bareNames.add(n);
            }
        }
    }

    private static String nameKey(String name) {
        return name == null ? "" : LEVEL.matcher(name).replaceAll("").replaceAll("\\s", "");
    }

    /**
     * A row of the income or expenditure table named by its classification name, written just before the
     * figure: a 类 name alone ({@code 社会保障和就业支出1,234.56万元}), any row's name after its code
     * ({@code 2080501行政单位离退休 12.3万元}) or marked with its level ({@code 社会保障和就业（类）支出},
     * {@code 行政单位医疗（项）}). The row's 合计 of the expenditure table, or of the income table where the
     * sentence speaks of 收入; nothing where the name is cut out of a longer word, where words before it
     * narrow it (财政拨款, 预算, 基本支出中…) or where its rows disagree.
     */
    private Counterpart classified(Reading reading, Figure figure) {
        String lead = figure.lead();
        if (rowsByName.isEmpty() || lead.isEmpty()) {
            return null;
        }
        Map<Integer, Character> levels = new HashMap<>();
        String text = lead;
        if (lead.indexOf('类') >= 0 || lead.indexOf('款') >= 0 || lead.indexOf('项') >= 0) {
            StringBuilder stripped = new StringBuilder(lead.length());
            Matcher m = LEVEL.matcher(lead);
            int from = 0;
            while (m.find()) {
                stripped.append(lead, from, m.start());
                levels.put(stripped.length(), m.group(1).charAt(0));
                from = m.end();
            }
            text = stripped.append(lead, from, lead.length()).toString();
        }
        // the places a name may end: what follows them to the figure is made of TAIL_WORDS and spaces only
        int length = text.length();
        int shortest = Math.max(0, length - LONGEST_TAIL);
        boolean[] tail = new boolean[length + 1];
        tail[length] = true;
        for (int end = length; end >= shortest; end--) {
            if (end < length) {
                for (String word : TAIL_WORDS) {
                    if (text.startsWith(word, end) && tail[end + word.length()]) {
                        tail[end] = true;
                        break;
                    }
                }
                if (!tail[end] && Character.isWhitespace(text.charAt(end)) && tail[end + 1]) {
                    tail[end] = true;
                }
            }
            if (tail[end] && end > 0 && namesEndingWith.containsKey(text.charAt(end - 1))) {
                Counterpart found = nameEndingAt(reading, figure, text, end, levels);
                if (found != null) {
                    return found.value() == null ? null : found;
                }
            }
        }
        return null;
    }

    /**
     * The row named by the longest name ending at {@code end}; a counterpart without a value where a name is
     * there but names no single figure (the search stops there), {@code null} where no name ends there.
     */
    private Counterpart nameEndingAt(Reading reading, Figure figure, String text, int end,
            Map<Integer, Character> levels) {
        String best = null;
        for (String name : namesEndingWith.get(text.charAt(end - 1))) {
            int start = end - name.length();
            if (start >= 0 && (best == null || name.length() > best.length()) && text.startsWith(name, start)
                    && (start == 0 || NAME_BOUNDARY.indexOf(text.charAt(start - 1)) >= 0)) {
                best = name;
            }
        }
        if (best == null) {
            return null;
        }
        Counterpart none = new Counterpart(best, null);
        int start = end - best.length();
        Character level = null;
        for (Map.Entry<Integer, Character> l : levels.entrySet()) {
            if (l.getKey() > start && l.getKey() <= end) {
                level = l.getValue();
            }
        }
        Matcher code = CODE_BEFORE.matcher(text.substring(0, start));
        List<Row> rows = rowsByName.get(best);
        String label = best;
        if (code.find()) {
            String c = code.group(1);
            rows = rows.stream().filter(r -> r.code().equals(c)).toList();
            label = c + best;
        } else if (level == null && !bareNames.contains(best)) {
            return none;
        } else if (level != null) {
            int digits = switch (level) {
                case '类' -> 3;
                case '款' -> 5;
                default -> 7;
            };
            List<Row> atLevel = rows.stream().filter(r -> r.code().length() == digits).toList();
            rows = atLevel.isEmpty() ? rows : atLevel;
        }
        String period = reading.periodBefore(figure);
        String before = period.substring(0, period.length() - figure.lead().length()) + text.substring(0, start);
        if (ROW_NARROWING.matcher(before).find()) {
            return none;
        }
        String context = before + text.substring(end);
        boolean income = context.contains("收入");
        boolean expenditure = context.contains("支出") || !income;
        BigDecimal value = null;
        for (Row row : rows) {
            if (row.income() ? !income : !expenditure) {
                continue;
            }
            if (row.total() == null || value != null && value.compareTo(row.total()) != 0) {
                return none;
            }
            value = row.total();
        }
        return value == null ? none : new Counterpart(label, unit.toYuan(value));
    }

    private void label(String regex, BigDecimal amount) {
        names.add(Pattern.compile(regex));
        if (amount != null) {
            BigDecimal yuan = unit.toYuan(amount);
            labels.put(Pattern.compile(regex), () -> yuan);
        }
    }

    /** The table figure a money or count figure stands for; {@code null} where there is none. */
    Counterpart of(Reading reading, Figure figure) {
        if (figure.aside() || otherYear(figure.lead())) {
            return null;
        }
        if (figure.kind() == ProseReader.Kind.COUNT) {
            return count(reading, figure);
        }
        if (!figure.money()) {
            return null;
        }
        Counterpart labelled = labelled(figure.lead());
        if (labelled != null) {
            return labelled;
        }
        Counterpart coded = coded(figure.lead());
        if (coded != null) {
            return coded;
        }
        if (!codeWritten(figure.lead())) {
            Counterpart classified = classified(reading, figure);
            if (classified != null) {
                return classified;
            }
        }
        return subject(reading, figure);
    }

    /** The table figure of a base named in words ({@code 占总支出的}): the words must be a label alone. */
    Counterpart base(String words) {
        String bare = words.strip().replaceFirst("^(?:本年|本年度|全年|部门|单位)", "");
        for (Map.Entry<Pattern, Supplier<BigDecimal>> entry : labels.entrySet()) {
            if (entry.getKey().matcher(bare).matches()) {
                return new Counterpart(bare, entry.getValue().get());
            }
        }
        return null;
    }

    /** The last label of the tables' figures that a text names ({@code 支出合计比上年减少} → {@code 支出合计}). */
    String labelIn(String text) {
        int bestEnd = -1;
        String best = null;
        for (Pattern pattern : names) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.end() > bestEnd) {
                    bestEnd = m.end();
                    best = m.group();
                }
            }
        }
        return best;
    }

    private Counterpart labelled(String lead) {
        int bestStart = -1;
        int bestEnd = -1;
        Supplier<BigDecimal> best = null;
        for (Map.Entry<Pattern, Supplier<BigDecimal>> entry : labels.entrySet()) {
            Matcher m = entry.getKey().matcher(lead);
            while (m.find()) {
                if (m.end() > bestEnd || m.end() == bestEnd && m.start() < bestStart) {
                    bestStart = m.start();
                    bestEnd = m.end();
                    best = entry.getValue();
                }
            }
        }
        if (best == null || !ATTACHED.matcher(lead.substring(bestEnd)).matches() || narrowed(lead, bestStart)) {
            return null;
        }
        return new Counterpart(lead.substring(bestStart, bestEnd), best.get());
    }

    private static boolean narrowed(String lead, int labelStart) {
        String before = lead.substring(Math.max(0, labelStart - 6), labelStart);
        if (PART_OF.matcher(before).find()) {
            return true;
        }
        for (String word : NARROWING) {
            if (before.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean otherYear(String lead) {
        if (document.year() == null) {
            return false;
        }
        Matcher m = YEAR.matcher(lead.replaceAll("[（(][^）)]*[）)]", ""));
        while (m.find()) {
            if (!m.group(1).equals(String.valueOf(document.year()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a code in parentheses is attached to the figure (the row is then named by its code alone). */
    private static boolean codeWritten(String lead) {
        Matcher m = CODE.matcher(lead);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end >= 0 && CODE_TAIL.matcher(lead.substring(end)).matches();
    }

    /** A row of the income or expenditure table named by its code: {@code （2080505项）: 支出决算为27.59万元}. */
    private Counterpart coded(String lead) {
        Matcher m = CODE.matcher(lead);
        String code = null;
        int end = -1;
        while (m.find()) {
            code = m.group(1);
            end = m.end();
        }
        if (code == null || !CODE_TAIL.matcher(lead.substring(end)).matches() || document.expenditure() == null) {
            return null;
        }
        BigDecimal found = null;
        int matches = 0;
        for (ExpenditureLine line : document.expenditure()) {
            if (line != null && code.equals(line.code())) {
                found = line.total();
                matches++;
            }
        }
        return matches == 1 && found != null ? new Counterpart(code, unit.toYuan(found)) : null;
    }

    /**
     * A budget item's or project's figure in a sentence that names that one item or project:
     * {@code 人员类项目年初预算327.68万元，调整预算344.98万元，执行344.98万元}.
     */
    private Counterpart subject(Reading reading, Figure figure) {
        String sentence = reading.normal().substring(reading.sentenceOf(figure).start(), figure.start());
        String name = only(sentence, items.keySet());
        String projectName = only(sentence, projects.keySet());
        if (name != null && projectName != null) {
            return null;
        }
        String lead = figure.lead();
        String subject = name != null ? name : projectName;
        if (subject == null) {
            return null;
        }
        int at = lead.lastIndexOf(subject);
        String tail = at >= 0 ? lead.substring(at + subject.length()) : lead;
        tail = tail.replaceFirst("^[”\"]?(?:项目)?", "");
        Matcher m = SUBJECT_TAIL.matcher(tail);
        if (!m.matches()) {
            return null;
        }
        String what = m.group(1);
        boolean executed = what.contains("执行") || what.contains("支出") || what.contains("决算");
        BigDecimal value;
        if (name != null) {
            BudgetLine line = items.get(name);
            if (executed) {
                value = line.executed();
            } else if (what.startsWith("年初")) {
                value = line.initial();
            } else if (what.startsWith("调整")) {
                value = line.adjusted();
            } else {
                value = line.adjusted() != null ? line.adjusted() : line.initial();
            }
        } else {
            Project project = projects.get(projectName);
            if (what.startsWith("年初") || what.startsWith("调整")) {
                return null;
            }
            value = funds(executed ? project.executed() : project.budget());
        }
        return value == null ? null : new Counterpart(subject, unit.toYuan(value));
    }

    /** The budget item or project of a budget-and-execution sentence, or {@code null} if none or several are named. */
    BudgetOrProject named(String text) {
        String name = only(text, items.keySet());
        String projectName = only(text, projects.keySet());
        if (name != null && projectName == null) {
            BudgetLine line = items.get(name);
            BigDecimal basis = line.adjusted() != null ? line.adjusted() : line.initial();
            return new BudgetOrProject(name, unit.toYuan(basis), unit.toYuan(line.executed()));
        }
        if (projectName != null && name == null) {
            Project project = projects.get(projectName);
            return new BudgetOrProject(projectName, unit.toYuan(funds(project.budget())),
                    unit.toYuan(funds(project.executed())));
        }
        return null;
    }

    /** A budget item's or project's budget and executed amounts in yuan (either may be unknown). */
    record BudgetOrProject(String name, BigDecimal budget, BigDecimal executed) {
    }

    private static BigDecimal funds(Funds funds) {
        if (funds == null || funds.fiscal() == null && funds.other() == null) {
            return null;
        }
        return (funds.fiscal() == null ? BigDecimal.ZERO : funds.fiscal())
                .add(funds.other() == null ? BigDecimal.ZERO : funds.other());
    }

    /** The one name of {@code names} the text mentions (a longer name wins over one it contains). */
    private static String only(String text, Iterable<String> names) {
        List<String> found = new ArrayList<>();
        for (String name : names) {
            if (text.contains(name)) {
                found.add(name);
            }
        }
        found.removeIf(n -> found.stream().anyMatch(o -> o.length() > n.length() && o.contains(n)));
        return found.size() == 1 ? found.getFirst() : null;
    }

    /** 公务接待 counts: 批次 and 人次 in a sentence about 公务接待 (not 外事接待). */
    private Counterpart count(Reading reading, Figure figure) {
        var three = document.threePublicExpenses();
        if (three == null || figure.printed().scale() > 0) {
            return null;
        }
        String period = reading.periodBefore(figure);
        if (!period.contains("公务接待") || figure.lead().contains("外事") || !figure.lead().contains("接待")) {
            return null;
        }
        if (figure.unit().equals("批次") && three.receptionBatches() != null) {
            return new Counterpart("公务接待批次", BigDecimal.valueOf(three.receptionBatches()));
        }
        if (figure.unit().equals("人次") && three.receptionPersons() != null) {
            return new Counterpart("公务接待人次", BigDecimal.valueOf(three.receptionPersons()));
        }
        return null;
    }
}
