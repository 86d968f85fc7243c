package cn.perfeval.declaration;

import java.util.List;

/**
 * A declaration with the document of its latest version, every version it has had and the
 * findings of the checks on that document.
 */
public record DeclarationDetails(DeclarationSummary summary, DeclarationDocument document,
        List<DeclarationVersionInfo> versions, List<DeclarationFinding> findings) {

    public DeclarationDetails {
        versions = List.copyOf(versions);
        findings = List.copyOf(findings);
    }
}
