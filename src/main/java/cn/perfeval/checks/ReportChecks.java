package cn.perfeval.checks;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.Messages;
import cn.perfeval.checks.core.CheckSettings;
import cn.perfeval.checks.core.Checker;
import cn.perfeval.checks.core.DeclaredTargets;
import cn.perfeval.checks.core.Finding;
import cn.perfeval.checks.core.Framework;
import cn.perfeval.checks.core.Narrative;
import cn.perfeval.checks.core.Scorer;
import cn.perfeval.checks.core.UnknownFramework;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.UserScope;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the checks on a stored report (within the caller's scope) or on a document that is not
 * stored, scores it by its framework, and writes the standard sentences from its figures. Where an
 * {@link ApprovedTargets} is present, the report's indicators are also checked against the approved
 * declaration of its department, year, kind and project (the {@code target.*} rules).
 */
@Service
@Transactional(readOnly = true)
public class ReportChecks {

    private final Checker checker = Checker.standard();
    private final ReportService reports;
    private final ScoringFrameworks frameworks;
    private final CheckProperties properties;
    private final Messages messages;
    private final Timer runs;
    private final ObjectProvider<ApprovedTargets> approvedTargets;
    private final CurrentUser currentUser;

    ReportChecks(ReportService reports, ScoringFrameworks frameworks, CheckProperties properties, Messages messages,
            MeterRegistry registry, ObjectProvider<ApprovedTargets> approvedTargets, CurrentUser currentUser) {
        this.approvedTargets = approvedTargets;
        this.currentUser = currentUser;
        this.runs = Timer.builder("perfeval.checks").description("Check runs on a report or document, and their duration")
                .register(registry);
        this.reports = reports;
        this.frameworks = frameworks;
        this.properties = properties;
        this.messages = messages;
    }

    /**
     * Checks a document without storing anything, and scores it by its framework: the one it
     * names (by name or key), else the one the settings give its kind. A document naming a
     * framework that is not stored is checked by the national rule, scored from its own scoring
     * table (or, without one, by its kind's framework) and warned of it ({@link UnknownFramework}).
     *
     * <p>Its indicators are checked against the approved targets of the caller's department for the
     * document's year, kind and project; a caller without a department (an administrator, finance) has none.
     */
    @PreAuthorize("isAuthenticated()")
    public CheckReport check(ReportDocument document) {
        Long department = currentUser.find().map(UserScope::departmentId).orElse(null);
        DeclaredTargets declared = department == null ? null
                : approved(department, document.year(), document.kind(), document.projectName());
        return runs.record(() -> run(document, declared));
    }

    private CheckReport run(ReportDocument document, DeclaredTargets declared) {
        Resolved resolved = resolve(document);
        CheckSettings settings = resolved.unknown() ? properties.settings()
                : resolved.framework().map(properties.settings()::withFramework).orElse(properties.settings());
        List<Finding> findings = checker.check(document, settings.withDeclared(declared));
        if (resolved.unknown()) {
            findings = UnknownFramework.with(findings, resolved.named());
        }
        return new CheckReport(findings, resolved.framework().flatMap(f -> Scorer.score(document, f)),
                resolved.framework().map(f -> Scorer.projectScores(document, f)).orElse(List.of()));
    }

    /**
     * The findings among {@code findings} (the checks' findings on {@code document}) that have an obvious
     * repair, each with what it would change on {@code document}. Nothing is stored.
     */
    @PreAuthorize("isAuthenticated()")
    public List<GuidedFix> guidedFixes(ReportDocument document, List<Finding> findings) {
        return GuidedFix.of(document, findings);
    }

    /**
     * As {@link #guidedFixes(ReportDocument, List)} for the content of the stored report {@code reportId} (the
     * caller may see it): a prose finding also offers the standard sentence for the same fact, in Chinese,
     * the change against last year's report of the same department and kind where there is one.
     */
    @PreAuthorize("isAuthenticated()")
    public List<GuidedFix> guidedFixes(long reportId, ReportDocument document, List<Finding> findings) {
        ReportDocument previous = findings.stream().anyMatch(f -> f.quote() != null) ? previousYear(reportId) : null;
        return GuidedFix.of(document, previous, findings, m -> messages.resolve(m, Messages.DEFAULT_LOCALE));
    }

    /**
     * Checks a stored report the caller may see, its indicators against the approved targets of its own
     * department, year, kind and project.
     */
    @PreAuthorize("isAuthenticated()")
    public CheckReport checkReport(long reportId) {
        ReportSummary summary = reports.summary(reportId);
        ReportDocument document = reports.export(reportId);
        DeclaredTargets declared = approved(summary.departmentId(), summary.year(), summary.kind(), summary.project());
        return runs.record(() -> run(document, declared));
    }

    /** The approved targets in force for the report's department, year, kind and project; {@code null} for none. */
    private DeclaredTargets approved(long departmentId, Integer year, ReportKind kind, String project) {
        ApprovedTargets source = approvedTargets.getIfAvailable();
        if (source == null || year == null || kind == null) {
            return null;
        }
        return source.approved(departmentId, year, kind,
                kind == ReportKind.DEPARTMENT_OVERALL || project == null ? "" : project).orElse(null);
    }

    /**
     * The recomputed score and grade of a stored report the caller may see, without running the
     * checks, by the framework {@link #check} uses: from its scoring table, or for a project or
     * transfer-payment report from its execution and indicators; empty where the report does not
     * state enough to compute it.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<cn.perfeval.checks.core.Score> score(long reportId) {
        ReportDocument document = reports.export(reportId);
        return resolve(document).framework().flatMap(f -> Scorer.score(document, f));
    }

    /**
     * Refuses, with the findings, when any ERROR stands on the stored report: called before a
     * submission leaves the department.
     */
    @PreAuthorize("isAuthenticated()")
    public void requireNoErrors(long reportId) {
        List<Finding> errors = checkReport(reportId).errors();
        if (!errors.isEmpty()) {
            List<FindingDetail> details = errors.stream().map(FindingDetail::new).toList();
            throw new ActionRefusedException(
                    details.stream().map(d -> new FieldProblem(d.field(), d.finding().message())).toList(),
                    Map.of("findings", details), "error.submit.blocked", errors.size());
        }
    }

    /**
     * The standard sentences of the report from its figures, in Chinese (they are the report's
     * text), with last year's report of the same department and kind for the year-on-year change.
     */
    @PreAuthorize("isAuthenticated()")
    public List<String> narrative(long reportId) {
        ReportDocument current = reports.export(reportId);
        ReportDocument previous = previousYear(reportId);
        return Narrative.sentences(current, previous).stream()
                .map(m -> messages.resolve(m, Messages.DEFAULT_LOCALE)).toList();
    }

    /** Last year's report of the same department and kind as the report, or {@code null}. */
    private ReportDocument previousYear(long reportId) {
        ReportSummary summary = reports.summary(reportId);
        return reports.list(summary.year() - 1, null, summary.kind()).stream()
                .filter(r -> r.departmentId() == summary.departmentId()).findFirst()
                .map(r -> reports.export(r.id())).orElse(null);
    }

    /**
     * The framework a document is scored by: the one it names, by name or key; else its kind's
     * from the settings ({@code perfeval.checks.*-framework}, keys). {@code unknown} where the
     * document names one that is not stored: it is then scored by its kind's framework, which
     * scores a stated scoring table as the report states it (Σ self-scores − Σ deductions) and
     * grades it by the national bands.
     */
    private Resolved resolve(ReportDocument document) {
        String named = document.scoring() == null ? null : document.scoring().framework();
        Optional<Framework> stated = frameworks.find(named);
        Optional<Framework> byKind = frameworks.find(properties.frameworkFor(document.kind()));
        if (stated.isPresent()) {
            return new Resolved(stated, false, named);
        }
        return new Resolved(byKind, named != null && !named.isBlank(), named);
    }

    private record Resolved(Optional<Framework> framework, boolean unknown, String named) {
    }
}
