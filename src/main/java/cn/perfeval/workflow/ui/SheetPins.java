package cn.perfeval.workflow.ui;

import cn.perfeval.report.ui.ReportSheet;
import cn.perfeval.review.PinAnchor;
import cn.perfeval.review.ReviewComment;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the review's pins meet the report sheet: the one place that shows a pin on the sheet, and
 * that tells the thread which place of the sheet the user has chosen for a new pin.
 */
final class SheetPins {

    private final Supplier<ReportSheet> current;

    /** @param current the sheet the screen shows now (a screen may replace its sheet after an action) */
    SheetPins(Supplier<ReportSheet> current) {
        this.current = current;
    }

    /** Brings one pin's place into view (a click on its chip). */
    void show(PinAnchor pin) {
        current.get().focus(pin.part(), pin.row(), pin.column());
    }

    /**
     * Shows the open pins where they belong on the sheet: each pinned row or part gets a mark with
     * the pin's author and text, and the first one is brought into view.
     */
    void showPins(List<ReviewComment> open) {
        markPins(open);
        open.stream().findFirst().ifPresent(c -> show(c.pin()));
    }

    /** Marks the open pins' places on the sheet without bringing any into view. */
    void markPins(List<ReviewComment> open) {
        for (ReviewComment c : open) {
            current.get().mark(c.pin().part(), c.pin().row(), c.pin().column(), c.author() + "：" + c.text(), "error");
        }
    }

    /**
     * The place a new pin goes to: in the part the user picked, its selected row if it has one,
     * or the whole part; with no part picked, the selected row of the income table, else of the
     * expenditure table; empty when nothing is selected.
     */
    Optional<PinAnchor> currentPlace(String chosenPart) {
        if (chosenPart != null) {
            return Optional.of(selectedRow(chosenPart).orElse(PinAnchor.part(chosenPart)));
        }
        return selectedRow("income").or(() -> selectedRow("expenditure"));
    }

    private Optional<PinAnchor> selectedRow(String part) {
        if (!"income".equals(part) && !"expenditure".equals(part)) {
            return Optional.empty();
        }
        return current.get().selectedRow(part).map(ReportSheet.TableRow::code).filter(code -> !code.isBlank())
                .map(code -> PinAnchor.row(part, code));
    }
}
