package cn.perfeval.report;

import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report's exported JSON: its document (report-format.md) and, where the report is checked
 * against an approved declaration, {@code approvedTargets} naming that declaration's version in force
 * ({@link ReportDeclarations.InForce}). The field is optional and ignored on import.
 */
public final class ReportExport {

    /** The name of the field that names the approved declaration version. */
    public static final String APPROVED_TARGETS = "approvedTargets";

    private ReportExport() {
    }

    /** The document as a JSON object, with {@code approvedTargets} where an approved declaration is in force. */
    public static ObjectNode of(JsonMapper json, ReportDocument document, Optional<ReportDeclarations.InForce> approved) {
        ObjectNode body = json.valueToTree(document);
        approved.ifPresent(a -> body.set(APPROVED_TARGETS, json.valueToTree(a)));
        return body;
    }
}
