package cn.perfeval.base.ui;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.PerfevalException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal shown at the form's fields: each field at fault in Vaadin's invalid state with its
 * message, the first one scrolled to and focused, the others cleared; the notification says the
 * rest in the user's words.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Registers the form field that a problem of {@code name} (the service's field name) is shown at. */
    public FieldErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** Marks the fields at fault, focuses the first and tells the user. */
    public void show(PerfevalException e) {
        clear();
        List<FieldProblem> problems = e instanceof InvalidInputException invalid ? invalid.problems()
                : e instanceof ActionRefusedException refused ? refused.problems() : List.of();
        HasValidation first = null;
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                continue;
            }
            String text = ((Component) field).getTranslation(problem.message().key(), problem.message().args());
            String shown = field.isInvalid() && field.getErrorMessage() != null ? field.getErrorMessage() + " " : "";
            field.setErrorMessage(shown + text);
            field.setInvalid(true);
            if (first == null) {
                first = field;
            }
        }
        if (first instanceof Component component) {
            component.scrollIntoView();
            if (component instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }
        Notifications.error(e);
    }

    /** Clears every registered field's invalid state. */
    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }
}
