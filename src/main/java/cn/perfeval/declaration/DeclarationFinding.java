package cn.perfeval.declaration;

import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.checks.core.Severity;

/**
 * A finding of the checks on a declaration: an {@code ERROR} blocks its submission and approval.
 *
 * @param rule the rule's id ({@code declaration.weights.total})
 * @param severity ERROR or WARNING
 * @param field the field at fault, by its path in the document ({@code indicators[2].target})
 * @param message what is wrong, in the user's words
 */
public record DeclarationFinding(String rule, Severity severity, String field, LocalizedMessage message) {
}
