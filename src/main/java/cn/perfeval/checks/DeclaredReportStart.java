package cn.perfeval.checks;

import cn.perfeval.report.ReportDeclarations;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportKind;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The approved targets ({@link ApprovedTargets}) as the indicators a self-evaluation starts from: each
 * declared indicator with its levels, name, target and weight; nothing where no module provides them.
 */
@Component
class DeclaredReportStart implements ReportDeclarations {

    private final ObjectProvider<ApprovedTargets> approvedTargets;

    DeclaredReportStart(ObjectProvider<ApprovedTargets> approvedTargets) {
        this.approvedTargets = approvedTargets;
    }

    @Override
    public Optional<Approved> approved(long departmentId, int year, ReportKind kind, String project) {
        ApprovedTargets source = approvedTargets.getIfAvailable();
        if (source == null) {
            return Optional.empty();
        }
        return source.approved(departmentId, year, kind, project == null ? "" : project)
                .map(d -> new Approved(d.version(), d.indicators().stream()
                        .map(i -> new ReportDocument.Indicator(i.level1(), i.level2(), i.name(), i.target(), null,
                                i.weight(), null, null))
                        .toList()));
    }

    @Override
    public Optional<InForce> inForce(long departmentId, int year, ReportKind kind, String project) {
        ApprovedTargets source = approvedTargets.getIfAvailable();
        return source == null ? Optional.empty()
                : source.inForce(departmentId, year, kind, project == null ? "" : project)
                        .map(a -> new InForce(a.declarationId(), a.version(), a.approvedAt()));
    }

    @Override
    public List<Start> approvedIn(long departmentId, int year) {
        ApprovedTargets source = approvedTargets.getIfAvailable();
        return source == null ? List.of()
                : source.approvedIn(departmentId, year).stream()
                        .map(a -> new Start(year, a.kind(), a.projectName(), a.version())).toList();
    }
}
