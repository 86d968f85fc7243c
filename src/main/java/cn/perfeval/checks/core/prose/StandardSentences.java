package cn.perfeval.checks.core.prose;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.checks.core.Figures;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Narrative;
import cn.perfeval.checks.core.prose.ProseReader.Figure;
import cn.perfeval.checks.core.prose.ProseTexts.ProseText;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The standard sentence ({@link Narrative}) that states correctly the fact a prose finding's sentence gets
 * wrong, offered to replace it. The fact is read from the finding's sentence: a budget item it names (its
 * execution), for {@code prose.change} the change of 收入合计 or 支出合计 against last year's report, otherwise
 * the income or expenditure total with its split, where the sentence names that whole (收入合计, 支出总额…)
 * and nothing narrows it (财政拨款支出, 一般公共预算…).
 *
 * <p>What is replaced is the whole sentence up to its 。！？ (or the line's end), which may hold several of
 * the checks' clauses (split at ；). Its amounts are written in the unit the drafter's sentence uses (元, or 万元
 * with two decimals), else in the report's own unit. Obvious only: nothing is offered where the sentence speaks of both income
 * and expenditure, of last year outside a change, or carries more figures than the standard sentence (it
 * would lose what the drafter wrote beside the fact).
 */
public final class StandardSentences {

    /** In {@code field}, the {@code sentence} at {@code offset} and the standard sentence to put in its place. */
    public record Replacement(String field, int offset, String sentence, String replacement) {
    }

    private static final String ENDS = "。！？!?";
    /** The wholes the standard sentences restate, as a sentence may name them. */
    private static final List<String> INCOME_WHOLES = List.of("收入总额", "收入合计", "总收入", "收入总计");
    private static final List<String> EXPENDITURE_WHOLES = List.of("支出总额", "支出合计", "总支出", "支出总计");
    /** Words that narrow a whole to a part of the funds (财政拨款支出 is not 支出合计). */
    private static final List<String> NARROWING = List.of("财政拨款支出", "财政资金", "一般公共预算", "政府性基金",
            "国有资本");

    private StandardSentences() {
    }

    /**
     * The replacement a prose finding on {@code document} offers; empty for another finding, where the text no
     * longer holds its sentence at its place, or where no standard sentence states the same fact.
     *
     * @param previousYear last year's report of the same department and kind, for a change; may be {@code null}
     * @param chinese writes a standard sentence in the report's language
     */
    public static Optional<Replacement> of(ReportDocument document, ReportDocument previousYear, Finding finding,
            Function<LocalizedMessage, String> chinese) {
        Finding.Quote quote = finding.quote();
        if (quote == null || !finding.rule().startsWith("prose.")) {
            return Optional.empty();
        }
        String text = ProseTexts.of(document).stream().filter(t -> t.field().equals(finding.row()))
                .map(ProseText::text).findFirst().orElse(null);
        if (text == null || quote.offset() < 0 || !text.startsWith(quote.sentence(), quote.offset())) {
            return Optional.empty();
        }
        int start = quote.offset();
        while (start > 0 && ENDS.indexOf(text.charAt(start - 1)) < 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        while (start < quote.offset() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = quote.offset() + quote.sentence().length();
        while (end < text.length() && ENDS.indexOf(text.charAt(end)) < 0 && text.charAt(end) != '\n') {
            end++;
        }
        if (end < text.length() && ENDS.indexOf(text.charAt(end)) >= 0) {
            end++;
        } else {
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        String sentence = text.substring(start, end);
        List<LocalizedMessage> standard = Narrative.sentences(document, previousYear);
        LocalizedMessage chosen = choose(finding.rule(), ProseReader.normalise(sentence), standard);
        if (chosen == null) {
            return Optional.empty();
        }
        // the same sentence, its amounts in the unit the drafter wrote them in (else the report's own)
        List<LocalizedMessage> written = Narrative.sentences(document, previousYear, unitOf(sentence, document));
        String replacement = chinese.apply(written.get(standard.indexOf(chosen)));
        if (replacement == null || replacement.equals(sentence)
                || stated(sentence) > stated(replacement)) {
            return Optional.empty();
        }
        return Optional.of(new Replacement(finding.row(), start, sentence, replacement));
    }

    /** The standard sentence for the fact the sentence states, or {@code null} where that is not clear. */
    private static LocalizedMessage choose(String rule, String sentence, List<LocalizedMessage> standard) {
        List<LocalizedMessage> budget = standard.stream().filter(m -> m.key().startsWith("narrative.budget."))
                .filter(m -> names(sentence, String.valueOf(m.args()[0]))).toList();
        if (budget.size() == 1) {
            return budget.getFirst();
        }
        if (!budget.isEmpty() || ProseChecks.RATE.equals(rule)) {
            return null;
        }
        boolean income = sentence.contains("收入");
        boolean expenditure = sentence.contains("支出");
        if (income == expenditure || sentence.contains("三公")) {
            return null;
        }
        String fact = income ? "narrative.income" : "narrative.expenditure";
        if ((income ? INCOME_WHOLES : EXPENDITURE_WHOLES).stream().noneMatch(sentence::contains)
                || NARROWING.stream().anyMatch(sentence::contains)) {
            return null;
        }
        boolean change = ProseChecks.CHANGE.equals(rule);
        if (!change && (sentence.contains("上年") || sentence.contains("去年"))) {
            return null;
        }
        for (LocalizedMessage m : standard) {
            boolean split = m.key().equals(fact) || m.key().equals(fact + ".total");
            boolean isChange = m.key().startsWith(fact + ".") && !split;
            if (change ? isChange : split) {
                return m;
            }
        }
        return null;
    }

    /**
     * The unit the sentence writes its amounts in, where they are all in 元 or all in 万元; otherwise (no amount,
     * units mixed, 亿元) the report's own unit.
     */
    static MoneyUnit unitOf(String sentence, ReportDocument document) {
        Set<String> units = ProseReader.read(sentence).figures().stream().filter(f -> f.money() && !f.aside())
                .map(Figure::unit).collect(Collectors.toSet());
        if (units.equals(Set.of("元"))) {
            return MoneyUnit.YUAN;
        }
        if (units.equals(Set.of("万元"))) {
            return MoneyUnit.WAN_YUAN;
        }
        return Figures.unitOf(document.unit());
    }

    /** Whether the sentence names the budget item (a 项目 item also without its last two characters). */
    private static boolean names(String sentence, String item) {
        return sentence.contains(item) || item.endsWith("项目") && item.length() > 4
                && sentence.contains(item.substring(0, item.length() - 2));
    }

    /** How many amounts and percentages a sentence states outside parentheses. */
    private static long stated(String sentence) {
        return ProseReader.read(sentence).figures().stream()
                .filter(f -> !f.aside() && f.kind() != ProseReader.Kind.COUNT).map(Figure::start).count();
    }
}
