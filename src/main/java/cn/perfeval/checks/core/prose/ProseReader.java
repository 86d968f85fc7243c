package cn.perfeval.checks.core.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures written in Chinese prose: amounts with their unit (元, 万元, 亿元), percentages and
 * counts (人, 人次, 批次, 家, 个), with thousands separators and full-width digits and punctuation, each
 * with its place in the text and its sentence. Sentences end at 。；！？ and at line breaks.
 *
 * <p>A figure in parentheses, a rate per head ({@code 250元/人/年}, {@code 每人4000元}) and a threshold
 * ({@code 50万元以上}) are read as asides: the checks leave them alone.
 */
public final class ProseReader {

    /** What a figure measures. */
    public enum Kind {
        MONEY, PERCENT, COUNT
    }

    /**
     * A sentence of the text.
     *
     * @param start first character
     * @param end end (exclusive), the closing mark left out
     * @param period the sentence up to 。！？ or a line break that this one belongs to (；does not end it)
     * @param paragraph the line it is on
     */
    public record Sentence(int start, int end, int period, int paragraph) {
    }

    /**
     * A figure as written.
     *
     * @param kind money, percentage or count
     * @param printed the number as printed, in its unit
     * @param unit the unit as printed ({@code 万元}, {@code %}, {@code 人次})
     * @param value money in yuan; a percentage or a count as printed
     * @param half half a unit of the last printed digit, in the same unit as {@code value}
     * @param start first character of the number in the text
     * @param end end of the unit (exclusive)
     * @param sentence index of its sentence
     * @param aside in parentheses, per head or a threshold
     * @param lead the text before it in its sentence, since the figure before it (normalised digits)
     */
    public record Figure(Kind kind, BigDecimal printed, String unit, BigDecimal value, BigDecimal half, int start,
            int end, int sentence, boolean aside, String lead) {

        public boolean money() {
            return kind == Kind.MONEY;
        }
    }

    /**
     * A text read: its sentences and its figures in order; {@code normal} is the text with ASCII digits
     * (same length, same offsets).
     */
    public record Reading(String text, String normal, List<Sentence> sentences, List<Figure> figures) {

        public Sentence sentenceOf(Figure figure) {
            return sentences.get(figure.sentence());
        }

        /** The sentence that holds a place of the text, or the first one after it; {@code null} past the end. */
        public Sentence sentenceAt(int at) {
            int low = 0;
            int high = sentences.size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (sentences.get(mid).end() <= at) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return low < sentences.size() ? sentences.get(low) : null;
        }

        /** The text (normalised) from the start of a figure's period (。！？ or a line break) to the figure. */
        public String periodBefore(Figure figure) {
            int period = sentenceOf(figure).period();
            int i = figure.sentence();
            while (i > 0 && sentences.get(i - 1).period() == period) {
                i--;
            }
            return normal.substring(sentences.get(i).start(), figure.start());
        }
    }

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![0-9.])([0-9]{1,3}(?:[,，][0-9]{3})+|[0-9]+)(\\.[0-9]+)?\\s*(亿元|万元|元|%|人次|批次|人|家|个)");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private ProseReader() {
    }

    /** Full-width digits, point and percent sign as their ASCII forms; every other character kept in place. */
    public static String normalise(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９') {
                chars[i] = (char) ('0' + (c - '０'));
            } else if (c == '．') {
                chars[i] = '.';
            } else if (c == '％') {
                chars[i] = '%';
            }
        }
        return new String(chars);
    }

    public static Reading read(String original) {
        String text = normalise(original);
        List<Sentence> sentences = sentences(text);
        List<Figure> figures = new ArrayList<>();
        int[] depth = parentheses(text);
        Matcher m = NUMBER.matcher(text);
        int sentence = 0;
        int previousEnd = 0;
        while (m.find()) {
            String integer = m.group(1);
            if (integer.indexOf('，') >= 0 && m.group(2) == null) {
                continue;
            }
            String unit = m.group(3);
            int end = m.end();
            if (followedBy(text, end, unit)) {
                continue;
            }
            while (sentence < sentences.size() - 1 && sentences.get(sentence).end() < m.start()) {
                sentence++;
            }
            Sentence s = sentences.get(sentence);
            BigDecimal printed = new BigDecimal(integer.replace(",", "").replace("，", "")
                    + (m.group(2) == null ? "" : m.group(2)));
            BigDecimal half = HALF.movePointLeft(Math.max(printed.scale(), 0));
            Kind kind = switch (unit) {
                case "元", "万元", "亿元" -> Kind.MONEY;
                case "%" -> Kind.PERCENT;
                default -> Kind.COUNT;
            };
            BigDecimal factor = switch (unit) {
                case "万元" -> TEN_THOUSAND;
                case "亿元" -> HUNDRED_MILLION;
                default -> BigDecimal.ONE;
            };
            int leadStart = Math.max(s.start(), Math.min(previousEnd, m.start()));
            String lead = text.substring(leadStart, m.start());
            boolean aside = depth[m.start()] > 0 || perHead(text, lead, end);
            figures.add(new Figure(kind, printed, unit, printed.multiply(factor), half.multiply(factor), m.start(), end,
                    sentence, aside, lead));
            previousEnd = end;
        }
        return new Reading(original, text, sentences, figures);
    }

    /** Units that are the start of a longer word: 个人, 人民, 元/…, 家庭. */
    private static boolean followedBy(String text, int end, String unit) {
        if (end >= text.length()) {
            return false;
        }
        char next = text.charAt(end);
        return switch (unit) {
            case "个" -> next == '人' || next == '月';
            case "人" -> next == '民' || next == '员' || next == '口';
            case "家" -> next == '庭';
            default -> false;
        };
    }

    private static boolean perHead(String text, String lead, int end) {
        if (lead.endsWith("每") || lead.endsWith("每人") || lead.endsWith("每户") || lead.endsWith("每年")) {
            return true;
        }
        String after = text.substring(end, Math.min(text.length(), end + 2));
        return after.startsWith("/") || after.startsWith("／") || after.startsWith("以上") || after.startsWith("以下")
                || after.startsWith("以内") || after.startsWith("左右") || after.startsWith("每");
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int period = 0;
        int paragraph = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? '\n' : text.charAt(i);
            boolean line = c == '\n' || c == '\r';
            boolean hard = line || c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
            if (hard || c == '；' || c == ';') {
                if (i > start || i == text.length() && sentences.isEmpty()) {
                    sentences.add(new Sentence(start, i, period, paragraph));
                }
                start = i + 1;
                if (hard) {
                    period++;
                }
                if (line) {
                    paragraph++;
                }
            }
        }
        return sentences;
    }

    /** For each character, how many parentheses are open there (reset at each line). */
    static int[] parentheses(String text) {
        int[] depth = new int[text.length() + 1];
        int open = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = 0;
            } else if (c == '（' || c == '(') {
                open++;
            }
            depth[i] = open;
            if ((c == '）' || c == ')') && open > 0) {
                open--;
            }
        }
        return depth;
    }
}
