package cn.perfeval.checks.core.prose;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Finding.Quote;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.checks.core.prose.Counterparts.BudgetOrProject;
import cn.perfeval.checks.core.prose.Counterparts.Counterpart;
import cn.perfeval.checks.core.prose.ProseReader.Figure;
import cn.perfeval.checks.core.prose.ProseReader.Kind;
import cn.perfeval.checks.core.prose.ProseReader.Reading;
import cn.perfeval.checks.core.prose.ProseTexts.ProseText;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a report's prose checked against each other and against its tables. Each check
 * allows the rounding of the printed figures: a figure printed to 0.01 万元 agrees within 0.005 万元,
 * a percentage to half a unit of its last printed digit; a percentage agrees where some values
 * within the rounding of its two figures give it. Findings are warnings on table {@code texts}, row
 * the text field, with the sentence quoted and the figure marked.
 */
public final class ProseChecks {

    public static final String FIGURE = "prose.figure";
    public static final String SUM = "prose.sum";
    public static final String SHARE = "prose.share";
    public static final String CHANGE = "prose.change";
    public static final String RATE = "prose.rate";
    static final String TABLE = "texts";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern BREAKDOWN_END = Pattern.compile("执行|合计|共计|总计|剩余|结余|余额|此外|另外|另");
    private static final Pattern TOTAL_AFTER = Pattern.compile("^[，,、\\s]*合计");
    private static final Pattern CHANGE_AMOUNT = Pattern.compile("(增加|减少|增长|下降|降低)了?\\s*$");
    private static final Pattern CHANGE_PERCENT = Pattern.compile("^[，,、\\s]*(?:同比)?(增长|下降|减少|增加|降低)了?(?:幅度)?(?:为)?\\s*$");
    private static final Pattern RATE_LEAD = Pattern.compile("(执行率|完成预算的?|预算执行进度|执行进度)(?:为|达到|达|是)?\\s*[:：]?\\s*$");
    private static final Pattern SHARE_LEAD = Pattern.compile("^[，,、\\s]*占([^，,。；;占]*?)(?:的)?(?:比重|比例)?(?:为|是)?\\s*$");

    private final MoneyUnit unit;
    private final Counterparts counterparts;
    private final List<Read> reads = new ArrayList<>();

    private record Read(String field, Reading reading, List<Breakdown> breakdowns, Map<Figure, Breakdown> partOf) {
    }

    /** Parts that a figure introduces (其中：A，B) or that a 合计 closes; negative parts are reductions (追减). */
    record Breakdown(Figure whole, boolean wholeNegative, List<Figure> parts, List<Boolean> negative) {
    }

    private ProseChecks(ReportDocument document) {
        this.document = document;
        this.unit = Figures.unitOf(document.unit());
        this.counterparts = new Counterparts(document);
        for (ProseText text : ProseTexts.of(document)) {
            Reading reading = ProseReader.read(text.text());
            List<Breakdown> breakdowns = breakdowns(reading);
            Map<Figure, Breakdown> partOf = new HashMap<>();
            for (Breakdown b : breakdowns) {
                for (Figure part : b.parts()) {
                    partOf.putIfAbsent(part, b);
                }
            }
            reads.add(new Read(text.field(), reading, breakdowns, partOf));
        }
    }

    /** The last document read: the five rules of one run of the checks read its texts once. */
    private static volatile ProseChecks last;

    private final ReportDocument document;

    /** The checks of a document, its texts read once for the five rules that run on it in turn. */
    public static ProseChecks of(ReportDocument document) {
        ProseChecks cached = last;
        if (cached != null && cached.document == document) {
            return cached;
        }
        ProseChecks fresh = new ProseChecks(document);
        last = fresh;
        return fresh;
    }

    /** {@code prose.figure}: a labelled amount or count that differs from the table figure with the same meaning. */
    public void figures(List<Finding> out) {
        for (Read read : reads) {
            for (Figure figure : read.reading().figures()) {
                Counterpart counterpart = counterparts.of(read.reading(), figure);
                if (counterpart == null || read.partOf().containsKey(figure) && inScopedBreakdown(read, figure)) {
                    continue;
                }
                if (figure.value().subtract(counterpart.value()).abs().compareTo(figure.half()) > 0) {
                    out.add(finding(FIGURE, read, figure, figure, counterpart.value(), figure.value(), figure.money(),
                            "check.prose.figure", counterpart.label(), written(read, figure),
                            inUnitOf(counterpart.value(), figure)));
                }
            }
        }
    }

    /** {@code prose.sum}: parts that do not add up to the whole they introduce or close. */
    public void sums(List<Finding> out) {
        for (Read read : reads) {
            for (Breakdown b : read.breakdowns()) {
                BigDecimal sum = BigDecimal.ZERO;
                BigDecimal tolerance = b.whole().half();
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < b.parts().size(); i++) {
                    Figure part = b.parts().get(i);
                    sum = b.negative().get(i) ? sum.subtract(part.value()) : sum.add(part.value());
                    tolerance = tolerance.max(part.half());
                    // a reduction (追减) is written as a positive amount: shown with a minus where it counts against the rest
                    parts.add((b.negative().get(i) != b.wholeNegative() ? "−" : "") + written(read, part));
                }
                BigDecimal whole = b.wholeNegative() ? b.whole().value().negate() : b.whole().value();
                if (sum.subtract(whole).abs().compareTo(tolerance) > 0) {
                    Figure last = b.parts().getLast();
                    BigDecimal shown = b.wholeNegative() ? sum.negate() : sum;
                    out.add(finding(SUM, read, b.whole(), last, shown, b.whole().value(), true, "check.prose.sum",
                            String.join("、", parts), inUnitOf(shown, b.whole()), written(read, b.whole())));
                }
            }
        }
    }

    /** {@code prose.share}: "占…的X%" that does not recompute from the part and the whole. */
    public void shares(List<Finding> out) {
        for (Read read : reads) {
            List<Figure> figures = read.reading().figures();
            for (int i = 1; i < figures.size(); i++) {
                Figure share = figures.get(i);
                Figure part = figures.get(i - 1);
                if (share.kind() != Kind.PERCENT || share.aside() || !part.money() || part.aside()
                        || part.sentence() != share.sentence()) {
                    continue;
                }
                Matcher m = SHARE_LEAD.matcher(share.lead());
                if (!m.matches()) {
                    continue;
                }
                BigDecimal base;
                BigDecimal baseHalf;
                String baseText;
                if (m.group(1).isBlank()) {
                    Breakdown b = breakdownOf(read, part);
                    if (b == null || b.whole().value().signum() <= 0) {
                        continue;
                    }
                    base = b.whole().value();
                    baseHalf = b.whole().half();
                    baseText = written(read, b.whole());
                } else {
                    Counterpart c = counterparts.base(m.group(1));
                    if (c == null || c.value() == null || c.value().signum() <= 0) {
                        continue;
                    }
                    base = c.value();
                    baseHalf = BigDecimal.ZERO;
                    baseText = c.label() + inUnitOf(c.value(), part);
                }
                if (!within(share, part.value(), part.half(), base, baseHalf)) {
                    BigDecimal expected = Figures.percent(part.value(), base);
                    out.add(finding(SHARE, read, share, share, expected, share.printed(), false, "check.prose.share",
                            written(read, part), baseText, plain(share.printed()), Figures.percentText(expected)));
                }
            }
        }
    }

    /**
     * {@code prose.change}: "增加/减少X，增长/下降Y%" where Y does not recompute on last year's figure (this
     * year's figure less the increase, or plus the decrease); a Y taken on this year's figure is named as such.
     */
    public void changes(List<Finding> out) {
        for (Read read : reads) {
            List<Figure> figures = read.reading().figures();
            for (int i = 1; i < figures.size() - 1; i++) {
                Figure delta = figures.get(i);
                Figure percent = figures.get(i + 1);
                Matcher amount = CHANGE_AMOUNT.matcher(delta.lead());
                if (!delta.money() || delta.aside() || !amount.find() || delta.lead().contains("/")
                        || percent.kind() != Kind.PERCENT || percent.sentence() != delta.sentence()
                        || !CHANGE_PERCENT.matcher(percent.lead()).matches()) {
                    continue;
                }
                Figure now = nowOf(read.reading(), figures, i, counterparts.labelIn(delta.lead()));
                if (now == null) {
                    continue;
                }
                boolean decrease = !amount.group(1).equals("增加") && !amount.group(1).equals("增长");
                BigDecimal before = decrease ? now.value().add(delta.value()) : now.value().subtract(delta.value());
                BigDecimal beforeHalf = now.half().add(delta.half());
                if (before.subtract(beforeHalf).signum() <= 0) {
                    continue;
                }
                if (!withinChange(percent, delta, now, decrease)) {
                    boolean onThisYear = now.value().signum() > 0
                            && within(percent, delta.value(), delta.half(), now.value(), now.half());
                    BigDecimal expected = Figures.percent(delta.value(), before);
                    out.add(finding(CHANGE, read, percent, percent, expected, percent.printed(), false,
                            onThisYear ? "check.prose.change.base" : "check.prose.change", decrease ? 1 : 0,
                            written(read, delta), written(read, now), inUnitOf(before, now),
                            Figures.percentText(expected), plain(percent.printed())));
                }
            }
        }
    }

    /** {@code prose.rate}: an execution rate that does not recompute from the executed amount and the budget. */
    public void rates(List<Finding> out) {
        for (Read read : reads) {
            Reading reading = read.reading();
            List<Figure> figures = reading.figures();
            for (int i = 0; i < figures.size(); i++) {
                Figure rate = figures.get(i);
                if (rate.kind() != Kind.PERCENT || rate.aside() || !RATE_LEAD.matcher(rate.lead()).find()) {
                    continue;
                }
                int period = reading.sentenceOf(rate).period();
                Figure budget = null;
                Figure executed = null;
                int budgets = 0;
                int executions = 0;
                for (int j = i - 1; j >= 0 && reading.sentenceOf(figures.get(j)).period() == period; j--) {
                    Figure f = figures.get(j);
                    if (!f.money() || f.aside()) {
                        continue;
                    }
                    String lead = f.lead();
                    if (lead.contains("执行") || lead.contains("决算") || lead.contains("实际支出")) {
                        executed = f;
                        executions++;
                    } else if (lead.contains("预算") && !lead.contains("追加") && !lead.contains("追减")) {
                        budget = f;
                        budgets++;
                    }
                }
                String e;
                String b;
                BigDecimal executedValue;
                BigDecimal budgetValue;
                BigDecimal executedHalf;
                BigDecimal budgetHalf;
                if (budgets == 1 && executions == 1) {
                    executedValue = executed.value();
                    executedHalf = executed.half();
                    budgetValue = budget.value();
                    budgetHalf = budget.half();
                    e = written(read, executed);
                    b = written(read, budget);
                } else if (budgets == 0 && executions == 0) {
                    BudgetOrProject named = counterparts.named(reading.periodBefore(rate));
                    if (named == null || named.budget() == null || named.executed() == null) {
                        continue;
                    }
                    executedValue = named.executed();
                    budgetValue = named.budget();
                    executedHalf = BigDecimal.ZERO;
                    budgetHalf = BigDecimal.ZERO;
                    e = Figures.wanYuan(executedValue, MoneyUnit.YUAN) + "万元";
                    b = Figures.wanYuan(budgetValue, MoneyUnit.YUAN) + "万元";
                } else {
                    continue;
                }
                if (budgetValue.signum() <= 0) {
                    continue;
                }
                if (!within(rate, executedValue, executedHalf, budgetValue, budgetHalf)) {
                    BigDecimal expected = Figures.percent(executedValue, budgetValue);
                    out.add(finding(RATE, read, rate, rate, expected, rate.printed(), false, "check.prose.rate",
                            plain(rate.printed()), e, b, Figures.percentText(expected)));
                }
            }
        }
    }

    // ---- breakdowns

    private static List<Breakdown> breakdowns(Reading reading) {
        List<Breakdown> found = new ArrayList<>();
        String text = reading.normal();
        List<Figure> figures = reading.figures();
        int[] depth = ProseReader.parentheses(text);
        int from = 0;
        while (true) {
            int at = text.indexOf("其中", from);
            if (at < 0) {
                break;
            }
            from = at + 2;
            if (depth[at] > 0) {
                continue;
            }
            introduced(reading, text, figures, at).ifPresent(found::add);
        }
        for (int i = 0; i < figures.size(); i++) {
            Figure total = figures.get(i);
            if (total.money() && !total.aside() && TOTAL_AFTER.matcher(total.lead()).find()) {
                closed(reading, text, figures, i).ifPresent(found::add);
            }
        }
        return found;
    }

    /** 其中：A…，B… after a whole: parts to the end of the period, or to a word that closes the list. */
    private static Optional<Breakdown> introduced(Reading reading, String text, List<Figure> figures, int at) {
        Figure whole = null;
        int first = -1;
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.end() <= at) {
                if (f.money() && !f.aside()) {
                    whole = f;
                }
            } else {
                first = i;
                break;
            }
        }
        if (whole == null || first < 0) {
            return Optional.empty();
        }
        var wholeSentence = reading.sentenceOf(whole);
        var atSentence = reading.sentenceAt(at);
        if (atSentence == null) {
            return Optional.empty();
        }
        int period = atSentence.period();
        if (wholeSentence.paragraph() != atSentence.paragraph() || period - wholeSentence.period() > 1
                || text.substring(whole.end(), at).chars().filter(c -> c == '。').count() > 1) {
            return Optional.empty();
        }
        int next = text.indexOf("其中", at + 2);
        List<Figure> parts = new ArrayList<>();
        List<Boolean> negative = new ArrayList<>();
        for (int i = first; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (reading.sentenceOf(f).period() != period) {
                break;
            }
            if (next >= 0 && f.start() > next) {
                return Optional.empty();
            }
            if (!f.money() || f.aside()) {
                continue;
            }
            if (BREAKDOWN_END.matcher(f.lead()).find() || CHANGE_AMOUNT.matcher(f.lead()).find()) {
                break;
            }
            parts.add(f);
            negative.add(f.lead().contains("减"));
        }
        if (parts.size() < 2) {
            return Optional.empty();
        }
        if (CHANGE_AMOUNT.matcher(whole.lead()).find()) {
            return Optional.empty();
        }
        boolean wholeNegative = whole.lead().contains("追减");
        if (wholeNegative) {
            for (int i = 0; i < parts.size(); i++) {
                negative.set(i, !parts.get(i).lead().contains("加"));
            }
        }
        return Optional.of(new Breakdown(whole, wholeNegative, parts, negative));
    }

    /** A，B，合计C: the amounts of the period before a 合计 (after any 其中 or earlier 合计). */
    private static Optional<Breakdown> closed(Reading reading, String text, List<Figure> figures, int index) {
        Figure total = figures.get(index);
        int period = reading.sentenceOf(total).period();
        List<Figure> parts = new ArrayList<>();
        for (int i = index - 1; i >= 0; i--) {
            Figure f = figures.get(i);
            if (reading.sentenceOf(f).period() != period || TOTAL_AFTER.matcher(f.lead()).find()) {
                break;
            }
            if (text.substring(f.end(), total.start()).contains("其中")) {
                break;
            }
            if (f.money() && !f.aside()) {
                if (f.lead().contains("减") || f.lead().contains("增加")) {
                    return Optional.empty();
                }
                parts.addFirst(f);
            }
        }
        if (parts.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Breakdown(total, false, parts, parts.stream().map(p -> false).toList()));
    }

    private static Breakdown breakdownOf(Read read, Figure part) {
        return read.partOf().get(part);
    }

    /** A part of a breakdown whose whole has no table counterpart (其中 of 财政拨款支出) means something narrower. */
    private boolean inScopedBreakdown(Read read, Figure figure) {
        for (Breakdown b : read.breakdowns()) {
            if (b.parts().contains(figure) && counterparts.of(read.reading(), b.whole()) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * This year's figure a change refers to: the money figure just before it in the paragraph, or where the
     * change names a label ({@code 支出合计比上年减少}), the last one before it with the same label.
     */
    private static Figure nowOf(Reading reading, List<Figure> figures, int deltaIndex, String label) {
        Figure delta = figures.get(deltaIndex);
        var sentence = reading.sentenceOf(delta);
        for (int j = deltaIndex - 1; j >= 0; j--) {
            Figure f = figures.get(j);
            var s = reading.sentenceOf(f);
            if (s.paragraph() != sentence.paragraph() || sentence.period() - s.period() > 1) {
                return null;
            }
            if (f.money() && (label == null || f.lead().contains(label))) {
                return f.aside() || CHANGE_AMOUNT.matcher(f.lead()).find() || f.value().signum() <= 0 ? null : f;
            }
        }
        return null;
    }

    // ---- arithmetic within the rounding of the printed figures

    /** Whether some part and whole within their rounding give the printed percentage (to its own rounding). */
    private static boolean within(Figure percent, BigDecimal part, BigDecimal partHalf, BigDecimal whole,
            BigDecimal wholeHalf) {
        BigDecimal low = ratio(part.subtract(partHalf).max(BigDecimal.ZERO), whole.add(wholeHalf));
        BigDecimal highWhole = whole.subtract(wholeHalf);
        BigDecimal high = highWhole.signum() <= 0 ? null : ratio(part.add(partHalf), highWhole);
        return overlaps(percent, low, high);
    }

    /** A change's percentage on last year's figure, within the rounding of this year's figure and the change. */
    private static boolean withinChange(Figure percent, Figure delta, Figure now, boolean decrease) {
        BigDecimal dLow = delta.value().subtract(delta.half()).max(BigDecimal.ZERO);
        BigDecimal dHigh = delta.value().add(delta.half());
        BigDecimal nLow = now.value().subtract(now.half());
        BigDecimal nHigh = now.value().add(now.half());
        BigDecimal low;
        BigDecimal high;
        if (decrease) {
            low = ratio(dLow, nHigh.add(dLow));
            BigDecimal base = nLow.add(dHigh);
            high = base.signum() <= 0 ? null : ratio(dHigh, base);
        } else {
            BigDecimal lowBase = nHigh.subtract(dLow);
            BigDecimal highBase = nLow.subtract(dHigh);
            low = lowBase.signum() <= 0 ? null : ratio(dLow, lowBase);
            high = highBase.signum() <= 0 ? null : ratio(dHigh, highBase);
            if (low == null) {
                return true;
            }
        }
        return overlaps(percent, low, high);
    }

    private static boolean overlaps(Figure percent, BigDecimal low, BigDecimal high) {
        BigDecimal printedLow = percent.printed().subtract(percent.half());
        BigDecimal printedHigh = percent.printed().add(percent.half());
        return printedHigh.compareTo(low) >= 0 && (high == null || printedLow.compareTo(high) <= 0);
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 10, RoundingMode.HALF_UP);
    }

    // ---- findings

    private Finding finding(String rule, Read read, Figure marked, Figure lastOfSpan, BigDecimal expected,
            BigDecimal found, boolean money, String key, Object... args) {
        Reading reading = read.reading();
        var from = reading.sentenceOf(marked);
        var to = reading.sentenceOf(lastOfSpan);
        String sentence = reading.text().substring(from.start(), to.end());
        Quote quote = new Quote(sentence, from.start(), marked.start() - from.start(), marked.end() - from.start());
        Object[] all = new Object[args.length + 1];
        all[0] = ProseTexts.fieldIndex(read.field());
        System.arraycopy(args, 0, all, 1, args.length);
        return new Finding(rule, Severity.WARNING, TABLE, read.field(), null,
                money ? unit.fromYuan(expected) : expected, money ? unit.fromYuan(found) : found,
                new LocalizedMessage(key, all), quote);
    }

    /** A figure as the prose wrote it, unit included. */
    private static String written(Read read, Figure figure) {
        return read.reading().text().substring(figure.start(), figure.end());
    }

    /** A value in yuan written in the unit and to the decimals of a figure of the prose ({@code 7,414.14万元}). */
    private static String inUnitOf(BigDecimal yuan, Figure figure) {
        BigDecimal factor = switch (figure.unit()) {
            case "万元" -> BigDecimal.valueOf(10_000);
            case "亿元" -> BigDecimal.valueOf(100_000_000);
            default -> BigDecimal.ONE;
        };
        int scale = Math.max(figure.printed().scale(), 2);
        BigDecimal inUnit = yuan.divide(factor, scale, RoundingMode.HALF_UP);
        String text = figure.money() ? Figures.money(inUnit) : inUnit.stripTrailingZeros().toPlainString();
        return text + figure.unit();
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
