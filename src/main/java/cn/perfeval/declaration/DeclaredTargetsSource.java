package cn.perfeval.declaration;

import cn.perfeval.checks.ApprovedTargets;
import cn.perfeval.checks.core.DeclaredTargets;
import cn.perfeval.report.ProjectNames;
import cn.perfeval.report.ReportKind;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The approved targets the checks of a self-evaluation compare with: the approved version in force
 * of the declaration of the same department, year, kind and project. Read without the caller's
 * scope (see {@link ApprovedTargets}).
 */
@Component
@Transactional(readOnly = true)
class DeclaredTargetsSource implements ApprovedTargets {

    private final DeclarationRepository declarations;
    private final DeclarationVersionRepository versions;
    private final JsonMapper json;

    DeclaredTargetsSource(DeclarationRepository declarations, DeclarationVersionRepository versions, JsonMapper json) {
        this.declarations = declarations;
        this.versions = versions;
        this.json = json;
    }

    @Override
    public Optional<DeclaredTargets> approved(long departmentId, int year, ReportKind kind, String projectName) {
        return declaration(departmentId, year, kind, projectName)
                .flatMap(d -> inForce(d).map(v -> targets(d.getId(), v)));
    }

    @Override
    public Optional<Approval> inForce(long departmentId, int year, ReportKind kind, String projectName) {
        return declaration(departmentId, year, kind, projectName).flatMap(d -> inForce(d).map(v -> approval(d, v)));
    }

    private Optional<Declaration> declaration(long departmentId, int year, ReportKind kind, String projectName) {
        String key = kind == ReportKind.DEPARTMENT_OVERALL ? "" : ProjectNames.key(projectName);
        return declarations.findByDepartmentIdAndYearAndKind(departmentId, year, kind).stream()
                .filter(d -> d.getProjectKey().equals(key)).findFirst();
    }

    /** The approved version in force: at most one version is APPROVED (decision 0037). */
    private Optional<DeclarationVersion> inForce(Declaration declaration) {
        return versions.findByDeclarationIdOrderByNumberAsc(declaration.getId()).stream()
                .filter(v -> v.getState() == VersionState.APPROVED).findFirst();
    }

    private static Approval approval(Declaration d, DeclarationVersion v) {
        return new Approval(d.getId(), d.getKind(), d.getProjectName(), v.getNumber(), v.getApprovedAt());
    }

    @Override
    public List<Approval> approvedIn(long departmentId, int year) {
        return declarations.findByDepartmentIdIn(java.util.Set.of(departmentId)).stream()
                .filter(d -> d.getYear() == year)
                .flatMap(d -> inForce(d).map(v -> approval(d, v)).stream())
                .toList();
    }

    private DeclaredTargets targets(long declarationId, DeclarationVersion version) {
        DeclarationDocument doc = json.readValue(version.getDocument(), DeclarationDocument.class);
        List<DeclaredTargets.Indicator> indicators = doc.indicators() == null ? List.of()
                : doc.indicators().stream().map(i -> new DeclaredTargets.Indicator(i.level1(), i.level2(), i.name(),
                        i.target(), i.weight())).toList();
        return new DeclaredTargets(declarationId, version.getNumber(), indicators);
    }
}
