package cn.perfeval.report.ui;

import cn.perfeval.report.ReportDocument;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * 评价结论及建议: the explanation of the figures (收入支出及预算执行情况说明), conclusion, problems,
 * suggestions, how results are used, publication.
 */
final class TextsSection extends Section {

    private final TextArea narrative;
    private final TextArea conclusion;
    private final TextArea problems;
    private final TextArea suggestions;
    private final TextArea resultUse;
    private final TextArea publication;

    TextsSection(EditorContext ctx, ReportDocument doc) {
        super(ctx, "texts", "editor.section.texts");
        narrative = field("narrative", ctx.area("report.narrative", doc.narrative(), v -> { }));
        conclusion = field("conclusion", ctx.area("report.conclusion", doc.conclusion(), v -> { }));
        problems = field("problems", ctx.area("report.problems", doc.problems(), v -> { }));
        suggestions = field("suggestions", ctx.area("report.suggestions", doc.suggestions(), v -> { }));
        resultUse = field("resultUse", ctx.area("report.result-use", doc.resultUse(), v -> { }));
        publication = field("publication", ctx.area("report.publication", doc.publication(), v -> { }));
        narrative.setId("text-narrative");
        conclusion.setId("text-conclusion");
        add(narrative, conclusion, problems, suggestions, resultUse, publication);
    }

    @Override
    protected void redraw() {
        // no money here
    }

    /** Appends sentences to the explanation of the figures, where the drafter edits around them. */
    void appendToNarrative(String text) {
        String current = narrative.getValue();
        narrative.setValue(current == null || current.isBlank() ? text : current + "\n" + text);
    }

    String narrative() {
        return ReportSheet.blankToNull(narrative.getValue());
    }

    String conclusion() {
        return ReportSheet.blankToNull(conclusion.getValue());
    }

    String problems() {
        return ReportSheet.blankToNull(problems.getValue());
    }

    String suggestions() {
        return ReportSheet.blankToNull(suggestions.getValue());
    }

    String resultUse() {
        return ReportSheet.blankToNull(resultUse.getValue());
    }

    String publication() {
        return ReportSheet.blankToNull(publication.getValue());
    }
}
