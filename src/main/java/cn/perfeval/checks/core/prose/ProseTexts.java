package cn.perfeval.checks.core.prose;

import cn.perfeval.report.ReportDocument;
import java.util.ArrayList;
import java.util.List;

/** The texts of a report that its drafter types, in the order a published report shows them. */
public final class ProseTexts {

    /** The text fields, named as in the interchange document; a finding's {@code row} is one of them. */
    public static final List<String> FIELDS = List.of("mainTasks", "conclusion", "problems", "suggestions",
            "resultUse", "narrative");

    private ProseTexts() {
    }

    /** One text field and its text. */
    public record ProseText(String field, String text) {
    }

    /** The texts a document states (blank ones left out). */
    public static List<ProseText> of(ReportDocument document) {
        List<ProseText> texts = new ArrayList<>();
        add(texts, "mainTasks", document.mainTasks());
        add(texts, "narrative", document.narrative());
        add(texts, "conclusion", document.conclusion());
        add(texts, "problems", document.problems());
        add(texts, "suggestions", document.suggestions());
        add(texts, "resultUse", document.resultUse());
        return texts;
    }

    /** The index a message uses to name the field: {@code {n,choice,0#年度主要任务|1#评价结论|…}}. */
    public static int fieldIndex(String field) {
        return FIELDS.indexOf(field);
    }

    private static void add(List<ProseText> texts, String field, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(new ProseText(field, text));
        }
    }
}
