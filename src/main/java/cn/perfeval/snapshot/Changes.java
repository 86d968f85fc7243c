package cn.perfeval.snapshot;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What changed in a report between two rounds, or between a round and the report as it is now.
 *
 * @param fromRound the earlier round
 * @param toRound the later round, or {@code null} for the report as it is now
 * @param figures figures whose value changed, money in yuan
 * @param rows rows added or removed (income and expenditure by code, the others by name or path)
 * @param texts texts that changed, as segments kept, deleted and inserted
 * @param attachmentsAdded names of evidence attachments that were added
 * @param attachmentsRemoved names of evidence attachments that were removed
 */
public record Changes(int fromRound, Integer toRound, List<FigureChange> figures, List<RowChange> rows,
        List<TextChange> texts, List<String> attachmentsAdded, List<String> attachmentsRemoved) {

    public Changes {
        figures = List.copyOf(figures);
        rows = List.copyOf(rows);
        texts = List.copyOf(texts);
        attachmentsAdded = List.copyOf(attachmentsAdded);
        attachmentsRemoved = List.copyOf(attachmentsRemoved);
    }

    /** Whether nothing changed. */
    public boolean isEmpty() {
        return figures.isEmpty() && rows.isEmpty() && texts.isEmpty() && attachmentsAdded.isEmpty()
                && attachmentsRemoved.isEmpty();
    }

    /** The parts that have changes, in the order of the report. */
    public List<ReportPart> parts() {
        Set<ReportPart> parts = EnumSet.noneOf(ReportPart.class);
        Stream.of(figures.stream().map(FigureChange::part), rows.stream().map(RowChange::part),
                texts.stream().map(TextChange::part)).flatMap(s -> s).forEach(parts::add);
        if (!attachmentsAdded.isEmpty() || !attachmentsRemoved.isEmpty()) {
            parts.add(ReportPart.EVIDENCE);
        }
        return List.copyOf(parts);
    }

    public List<FigureChange> figures(ReportPart part) {
        return figures.stream().filter(f -> f.part() == part).toList();
    }

    public List<RowChange> rows(ReportPart part) {
        return rows.stream().filter(r -> r.part() == part).toList();
    }

    public List<TextChange> texts(ReportPart part) {
        return texts.stream().filter(t -> t.part() == part).toList();
    }

    /**
     * A figure whose value changed.
     *
     * @param row the row's key within its part: the classification code of an income or
     *        expenditure row, an item's name, an indicator's or scoring item's path joined with
     *        {@code " / "}; {@code null} for a part without rows (totals, assets)
     * @param label how the row is named to a reader (code and name), or {@code null}
     * @param column the field, as named in the interchange document ({@code total},
     *        {@code budget.fiscal})
     * @param before the old value, {@code null} when it was empty
     * @param after the new value, {@code null} when it is now empty
     */
    public record FigureChange(ReportPart part, String row, String label, String column, BigDecimal before,
            BigDecimal after) {

        /** The new value less the old, an empty value counting as zero. */
        public BigDecimal difference() {
            return (after == null ? BigDecimal.ZERO : after).subtract(before == null ? BigDecimal.ZERO : before);
        }
    }

    /** A row added to or removed from a part; {@code row} and {@code label} as in {@link FigureChange}. */
    public record RowChange(ReportPart part, String row, String label, boolean added) {
    }

    /**
     * A text that changed, as the old and new text cut into segments.
     *
     * @param row the row the text belongs to ({@code null} for the report's own texts)
     * @param field the text's field ({@code conclusion}, {@code target}, {@code name})
     */
    public record TextChange(ReportPart part, String row, String label, String field, List<TextSegment> segments) {

        public TextChange {
            segments = List.copyOf(segments);
        }

        /** The old text. */
        public String before() {
            return join(TextSegment.Kind.DELETED);
        }

        /** The new text. */
        public String after() {
            return join(TextSegment.Kind.INSERTED);
        }

        private String join(TextSegment.Kind changed) {
            StringBuilder text = new StringBuilder();
            segments.stream().filter(s -> s.kind() == TextSegment.Kind.SAME || s.kind() == changed)
                    .forEach(s -> text.append(s.text()));
            return text.toString();
        }
    }

    /** A piece of a changed text: kept, deleted from the old text or inserted into the new. */
    public record TextSegment(Kind kind, String text) {

        public enum Kind {
            SAME, DELETED, INSERTED
        }
    }
}
