package cn.perfeval.snapshot;

import cn.perfeval.snapshot.Changes.TextSegment;
import cn.perfeval.snapshot.Changes.TextSegment.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The difference between two texts as segments kept, deleted and inserted, readable for Chinese:
 * a Chinese character is a unit of its own, a run of Latin letters or digits (with a decimal
 * point inside) is one unit, so that {@code 1000.50} is replaced whole rather than digit by digit.
 * Myers' algorithm finds the fewest units deleted and inserted; a single kept character between
 * two changes is folded into them, and within a change what was deleted comes before what was
 * inserted. Texts too different to compare unit by unit are compared sentence by sentence, and
 * failing that replaced whole.
 */
public final class TextDiff {

    /** The most units deleted plus inserted the comparison looks for before it gives up on a level. */
    static final int MAX_EDITS = 1_000;

    private TextDiff() {
    }

    /**
     * The segments turning {@code before} into {@code after}; empty when they are equal. A
     * {@code null} text counts as empty.
     */
    public static List<TextSegment> diff(String before, String after) {
        String a = before == null ? "" : before;
        String b = after == null ? "" : after;
        if (a.equals(b)) {
            return List.of();
        }
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        List<Op> ops = compare(ta, tb);
        if (ops == null) {
            ops = compare(sentences(a), sentences(b));
        }
        if (ops == null) {
            ops = List.of(new Op(Kind.DELETED, a), new Op(Kind.INSERTED, b));
        }
        return tidy(ops);
    }

    /** Cuts a text into the units it is compared by. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                while (end < n) {
                    int next = text.codePointAt(end);
                    boolean decimalPoint = next == '.' && end + 1 < n && Character.isDigit(text.codePointAt(end - 1))
                            && Character.isDigit(text.codePointAt(end + 1));
                    if (!isWordChar(next) && !decimalPoint) {
                        break;
                    }
                    end += Character.charCount(next);
                }
            } else if (Character.isWhitespace(cp)) {
                while (end < n && Character.isWhitespace(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) && !Character.isIdeographic(cp)
                && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN;
    }

    /** Cuts a text into sentences, each ending with its stop (。！？；, a line break). */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n' || c == ';') {
                sentences.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            sentences.add(text.substring(start));
        }
        return sentences;
    }

    private record Op(Kind kind, String text) {
    }

    /**
     * The operations turning {@code a} into {@code b} with the fewest deletions and insertions
     * (Myers, "An O(ND) difference algorithm", 1986); {@code null} when that takes more than
     * {@link #MAX_EDITS}.
     */
    private static List<Op> compare(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> ma = a.subList(prefix, a.size() - suffix);
        List<String> mb = b.subList(prefix, b.size() - suffix);
        List<Op> middle = myers(ma, mb);
        if (middle == null) {
            return null;
        }
        List<Op> ops = new ArrayList<>();
        a.subList(0, prefix).forEach(t -> ops.add(new Op(Kind.SAME, t)));
        ops.addAll(middle);
        a.subList(a.size() - suffix, a.size()).forEach(t -> ops.add(new Op(Kind.SAME, t)));
        return ops;
    }

    private static List<Op> myers(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = Math.min(n + m, MAX_EDITS);
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        search:
        for (int d = 0; d <= max; d++) {
            // v as it was before step d, for k in [-(d + 1), d + 1]
            trace.add(Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break search;
                }
            }
        }
        if (found < 0) {
            return null;
        }
        List<Op> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] before = trace.get(d);
            int base = d + 1;
            int k = x - y;
            int prevK = k == -d || (k != d && before[base + k - 1] < before[base + k + 1]) ? k + 1 : k - 1;
            int prevX = before[base + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                reversed.add(new Op(Kind.SAME, a.get(x - 1)));
                x--;
                y--;
            }
            if (x == prevX) {
                reversed.add(new Op(Kind.INSERTED, b.get(prevY)));
            } else {
                reversed.add(new Op(Kind.DELETED, a.get(prevX)));
            }
            x = prevX;
            y = prevY;
        }
        while (x > 0 && y > 0) {
            reversed.add(new Op(Kind.SAME, a.get(x - 1)));
            x--;
            y--;
        }
        return reversed.reversed();
    }

    /**
     * Joins the operations into segments: a change is what was deleted, then what was inserted;
     * a single kept character between two changes becomes part of both.
     */
    private static List<TextSegment> tidy(List<Op> ops) {
        List<Group> groups = new ArrayList<>();
        for (Op op : ops) {
            boolean same = op.kind() == Kind.SAME;
            Group last = groups.isEmpty() ? null : groups.getLast();
            if (last == null || last.same != same) {
                last = new Group(same);
                groups.add(last);
            }
            (op.kind() == Kind.INSERTED ? last.inserted : last.deleted).append(op.text());
        }
        // A single kept character between two changes reads better as part of them.
        for (int i = 1; i + 1 < groups.size(); i++) {
            Group kept = groups.get(i);
            if (kept.same && kept.deleted.codePointCount(0, kept.deleted.length()) == 1) {
                Group left = groups.get(i - 1);
                Group right = groups.get(i + 1);
                left.deleted.append(kept.deleted).append(right.deleted);
                left.inserted.append(kept.deleted).append(right.inserted);
                groups.remove(i + 1);
                groups.remove(i);
                i--;
            }
        }
        List<TextSegment> segments = new ArrayList<>();
        for (Group g : groups) {
            if (g.same) {
                segments.add(new TextSegment(Kind.SAME, g.deleted.toString()));
            } else {
                if (!g.deleted.isEmpty()) {
                    segments.add(new TextSegment(Kind.DELETED, g.deleted.toString()));
                }
                if (!g.inserted.isEmpty()) {
                    segments.add(new TextSegment(Kind.INSERTED, g.inserted.toString()));
                }
            }
        }
        return segments;
    }

    /** A run of kept text (in {@code deleted}), or of changes. */
    private static final class Group {
        final boolean same;
        final StringBuilder deleted = new StringBuilder();
        final StringBuilder inserted = new StringBuilder();

        Group(boolean same) {
            this.same = same;
        }
    }
}
