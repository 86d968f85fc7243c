package cn.perfeval.checks.core;

import cn.perfeval.checks.core.ParsedValue.Comparator;
import cn.perfeval.report.ProjectNames;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a target or actual as written into comparator, number and unit; qualitative text stays unparsed.
 *
 * <p>Only a text that as a whole <em>is</em> a value parses: an optional comparator, one number,
 * an optional unit from a known list and an optional comparator word after it ({@code ≥95%},
 * {@code 95%及以上}, {@code 10个工作日内}, {@code 1,146.81万元}, {@code 31811}). Qualitative
 * wording ({@code 有效}, {@code 不低于上年}), dates and ranges, and sentences that merely contain
 * numbers stay unparsed, so no number is ever taken out of a sentence.
 *
 * <p>Symbols ({@code ≥ ≤ > < =}, {@code >=}, {@code <=}, full-width forms too) give an explicit
 * comparator; words ({@code 不低于}, {@code 以上}, {@code 以内}, ...) give one with
 * {@code implicit = true}; a bare value gives {@link Comparator#EQ} with {@code implicit = true}.
 */
public final class TargetParser {

    /** The units a value may state (matched longest first, so that {@code 人次} wins over {@code 人}). */
    private static final List<String> UNITS = List.of(
            "个工作日", "工作日", "万人次", "万人", "万元", "亿元", "元/人", "人次", "户次", "批次", "个月", "小时", "分钟",
            "平方米", "公里", "千米", "%", "‰", "人", "户", "家", "个", "元", "天", "日", "次", "件", "项", "批", "份", "场",
            "册", "所", "辆", "台", "套", "名", "位", "篇", "期", "周", "米", "吨", "亩", "座", "条", "张", "本", "例", "床",
            "间", "处", "分");

    private static final Map<String, Comparator> SYMBOLS = pairs(
            ">=", Comparator.GE, "<=", Comparator.LE, "≥", Comparator.GE, "≤", Comparator.LE,
            ">", Comparator.GT, "<", Comparator.LT, "=", Comparator.EQ);

    private static final Map<String, Comparator> PREFIX_WORDS = pairs(
            "大于或等于", Comparator.GE, "小于或等于", Comparator.LE, "大于等于", Comparator.GE, "小于等于", Comparator.LE,
            "不低于", Comparator.GE, "不少于", Comparator.GE, "不小于", Comparator.GE, "至少", Comparator.GE,
            "达到", Comparator.GE, "不高于", Comparator.LE, "不超过", Comparator.LE, "不多于", Comparator.LE,
            "不大于", Comparator.LE, "至多", Comparator.LE, "大于", Comparator.GT, "高于", Comparator.GT,
            "超过", Comparator.GT, "多于", Comparator.GT, "小于", Comparator.LT, "低于", Comparator.LT,
            "少于", Comparator.LT);

    private static final Map<String, Comparator> SUFFIX_WORDS = pairs(
            "及以上", Comparator.GE, "以上", Comparator.GE, "及以下", Comparator.LE, "以下", Comparator.LE,
            "以内", Comparator.LE, "之内", Comparator.LE, "内", Comparator.LE);

    private static final Pattern VALUE = Pattern.compile("^(?<pre>"
            + alternation(Stream.concat(SYMBOLS.keySet().stream(), PREFIX_WORDS.keySet().stream())) + ")?\\s*"
            + "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*"
            + "(?<unit>" + alternation(UNITS.stream()) + ")?\\s*"
            + "(?<post>" + alternation(SUFFIX_WORDS.keySet().stream()) + ")?$");

    private TargetParser() {
    }

    /** The quantitative value of the text, or empty for qualitative or free text. */
    public static Optional<ParsedValue> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VALUE.matcher(normalize(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        String pre = m.group("pre");
        String post = m.group("post");
        Comparator comparator = Comparator.EQ;
        boolean implicit = true;
        if (pre != null) {
            comparator = SYMBOLS.containsKey(pre) ? SYMBOLS.get(pre) : PREFIX_WORDS.get(pre);
            implicit = !SYMBOLS.containsKey(pre);
        }
        if (post != null) {
            Comparator fromSuffix = SUFFIX_WORDS.get(post);
            if (pre != null && fromSuffix != comparator) {
                return Optional.empty();
            }
            comparator = fromSuffix;
        }
        BigDecimal number = new BigDecimal(m.group("number").replace(",", ""));
        String unit = m.group("unit") == null ? "" : m.group("unit");
        return Optional.of(new ParsedValue(comparator, number, unit, implicit));
    }

    /**
     * Whether two targets say the same: their texts are the same once normalised (full-width forms as
     * half-width, the variant comparator signs as ≥ and ≤, white space and case ignored), or both parse to
     * the same comparator, number and unit ({@code ≥95%}, {@code ≥ 95 %} and {@code 95%及以上} are one target;
     * {@code ≥90%}, {@code 95%} and {@code ≥95} are others).
     */
    public static boolean sameTarget(String one, String other) {
        if (textKey(one).equals(textKey(other))) {
            return true;
        }
        Optional<ParsedValue> a = parse(one);
        Optional<ParsedValue> b = parse(other);
        return a.isPresent() && b.isPresent() && a.get().comparator() == b.get().comparator()
                && a.get().number().compareTo(b.get().number()) == 0 && a.get().unit().equals(b.get().unit());
    }

    private static String textKey(String text) {
        return text == null ? "" : ProjectNames.key(normalize(text));
    }

    /** Full-width forms to their ASCII twins, the variant comparator signs to ≥ and ≤, outer spaces trimmed. */
    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            } else if (c == '≧' || c == '⩾') {
                c = '≥';
            } else if (c == '≦' || c == '⩽') {
                c = '≤';
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    /** The words as a regex alternation, longest first. */
    private static String alternation(Stream<String> words) {
        return words.sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static Map<String, Comparator> pairs(Object... pairs) {
        Map<String, Comparator> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Comparator) pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
