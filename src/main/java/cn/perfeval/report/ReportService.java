package cn.perfeval.report;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.UserScope;
import cn.perfeval.report.Events.ReportCreated;
import cn.perfeval.report.Events.ReportSaved;
import cn.perfeval.report.Events.ReportStatusChanged;
import cn.perfeval.report.Events.ReportTaskHandedOver;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's application service: import and export, reading and editing, and the record of
 * its route. Every read and write is scoped to the departments the caller may see; a report
 * outside that scope does not exist for the caller.
 */
@Service
@Transactional
public class ReportService {

    private final ReportRepository reports;
    private final ReportEventRepository events;
    private final ReportDocuments documents;
    private final ReportHistory changeHistory;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<ReportTemplates> templates;
    private final org.springframework.beans.factory.ObjectProvider<ReportDeclarations> declarations;
    private final cn.perfeval.base.Messages messages;
    private final ReportMetrics metrics;

    ReportService(ReportRepository reports, ReportEventRepository events, ReportDocuments documents,
            ReportHistory changeHistory, Directory directory, CurrentUser currentUser,
            ApplicationEventPublisher publisher, Clock clock,
            org.springframework.beans.factory.ObjectProvider<ReportTemplates> templates,
            cn.perfeval.base.Messages messages, ReportMetrics metrics,
            org.springframework.beans.factory.ObjectProvider<ReportDeclarations> declarations) {
        this.metrics = metrics;
        this.declarations = declarations;
        this.templates = templates;
        this.messages = messages;
        this.reports = reports;
        this.events = events;
        this.documents = documents;
        this.changeHistory = changeHistory;
        this.directory = directory;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Imports a document into the caller's own department as a new report in drafting. All or
     * nothing: a document with any bad field is refused whole, with every bad field listed.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public ReportSummary importDocument(ReportDocument doc) {
        return create(doc, currentUser.require());
    }

    /**
     * The reports of the caller's department from the year before, from which the year's report can
     * start ({@link #start}); reports of that kind and project the year already has are left out.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    @Transactional(readOnly = true)
    public List<ReportSummary> startingPoints(int year) {
        UserScope user = currentUser.require();
        if (user.departmentId() == null) {
            return List.of();
        }
        List<Report> thisYear = reports.findByDepartmentIdIn(java.util.Set.of(user.departmentId())).stream()
                .filter(r -> r.getYear() == year).toList();
        List<Report> lastYear = reports.findByDepartmentIdIn(java.util.Set.of(user.departmentId())).stream()
                .filter(r -> r.getYear() == year - 1)
                .filter(r -> thisYear.stream().noneMatch(t -> t.getKind() == r.getKind()
                        && t.getProjectKey().equals(r.getProjectKey())))
                .toList();
        return summaries(lastYear).stream().sorted(Comparator.comparing(ReportSummary::kind)
                .thenComparing(ReportSummary::project)).toList();
    }

    /**
     * The approved declarations of the caller's department of the year a self-evaluation can start from
     * ({@link #startFromDeclaration}): those whose kind and project the year has no report of yet.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    @Transactional(readOnly = true)
    public List<ReportDeclarations.Start> declaredStartingPoints(int year) {
        UserScope user = currentUser.require();
        ReportDeclarations source = declarations.getIfAvailable();
        if (user.departmentId() == null || source == null) {
            return List.of();
        }
        List<Report> thisYear = reports.findByDepartmentIdIn(java.util.Set.of(user.departmentId())).stream()
                .filter(r -> r.getYear() == year).toList();
        return source.approvedIn(user.departmentId(), year).stream()
                .filter(d -> thisYear.stream().noneMatch(r -> r.getKind() == d.kind()
                        && r.getProjectKey().equals(ProjectNames.key(d.project()))))
                .sorted(Comparator.comparing(ReportDeclarations.Start::kind)
                        .thenComparing(ReportDeclarations.Start::project))
                .toList();
    }

    /**
     * Starts the caller's department's report of the year in drafting, like an import (same
     * checks, same record and audit): from one of its own reports of the year before
     * ({@code fromReportId}), whose structure is carried over and whose figures of the year are
     * left to fill (see {@link ReportStart}), or, for {@code null}, an empty department overall
     * report. A report of another department is refused as if it did not exist.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public ReportSummary start(int year, Long fromReportId) {
        UserScope user = currentUser.require();
        DepartmentInfo department = directory.department(user.departmentId());
        if (fromReportId == null) {
            return create(ReportStart.empty(year, department), user);
        }
        Report from = reports.findById(fromReportId)
                .filter(r -> r.getDepartmentId() == department.id())
                .orElseThrow(() -> new NotFoundException("error.report.not-found", fromReportId));
        if (from.getYear() >= year) {
            throw new ActionRefusedException("error.report.start.not-earlier", from.getYear(), year);
        }
        return create(ReportStart.from(documents.toDocument(from, department, from.getUnit()), year), user);
    }

    /**
     * The templates a report of the kind can start from (从模板新建): the stored scoring frameworks,
     * the one the checks use for the kind first; none where no module provides them.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    @Transactional(readOnly = true)
    public List<ReportTemplate> templates(ReportKind kind) {
        ReportTemplates source = templates.getIfAvailable();
        return source == null ? List.of() : source.forKind(kind);
    }

    /**
     * Starts the caller's department's report of the year and kind in drafting from a template, like
     * an import (same checks, same record and audit): the department's basic information, the
     * framework's scoring table and indicator levels, for an overall report the functional-classification
     * rows of the department's overall report of the year before without their amounts; every
     * figure is left to fill (see {@link ReportStart#fromTemplate}). A project or transfer-payment
     * report needs its project's name; an unknown framework is refused.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public ReportSummary startFromTemplate(int year, ReportKind kind, String project, String framework) {
        UserScope user = currentUser.require();
        DepartmentInfo department = directory.department(user.departmentId());
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (kind == null) {
            problems.add(FieldProblem.of("kind", "doc.required"));
        } else if (kind != ReportKind.DEPARTMENT_OVERALL && ProjectNames.display(project).isEmpty()) {
            problems.add(FieldProblem.of("project", "doc.required"));
        }
        ReportTemplate template = kind == null ? null : templates(kind).stream()
                .filter(t -> t.framework().equals(framework)).findFirst().orElse(null);
        if (kind != null && template == null) {
            problems.add(FieldProblem.of("framework", "error.report.start.template-unknown",
                    framework == null ? "" : framework));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReportDocument earlier = earlier(department, year);
        ReportDocument lastOverall = lastOverall(department, year);
        String indicatorName = messages.get("start.template.indicator-name", cn.perfeval.base.Messages.DEFAULT_LOCALE);
        return create(ReportStart.fromTemplate(year, kind, project, department, earlier, lastOverall, template,
                indicatorName), user);
    }

    /**
     * Starts the caller's department's report of the year, kind and project in drafting from its approved
     * declaration (绩效目标申报表), like an import (same checks, same record and audit): the declared
     * indicators with their targets and weights, actuals, scores and reasons left to fill, and the
     * department's basic information and classification rows as {@link #startFromTemplate} gives them (see
     * {@link ReportStart#fromDeclaration}). A project or transfer-payment report needs its project's name;
     * without an approved declaration the start is refused.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public ReportSummary startFromDeclaration(int year, ReportKind kind, String project) {
        UserScope user = currentUser.require();
        DepartmentInfo department = directory.department(user.departmentId());
        if (kind == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("kind", "doc.required")));
        }
        String name = kind == ReportKind.DEPARTMENT_OVERALL ? "" : ProjectNames.display(project);
        if (kind != ReportKind.DEPARTMENT_OVERALL && name.isEmpty()) {
            throw new InvalidInputException(List.of(FieldProblem.of("project", "doc.required")));
        }
        ReportDeclarations source = declarations.getIfAvailable();
        ReportDeclarations.Approved approved = (source == null ? java.util.Optional.<ReportDeclarations.Approved>empty()
                : source.approved(department.id(), year, kind, name)).orElseThrow(() -> new ActionRefusedException(
                        "error.report.start.no-declaration", year, new cn.perfeval.base.LocalizedMessage("kind." + kind.name()),
                        name, name.isEmpty() ? 0 : 1));
        return create(ReportStart.fromDeclaration(year, kind, name, department, earlier(department, year),
                lastOverall(department, year), approved.indicators()), user);
    }

    /** The department's latest report before the year (its overall one where the year has several), or {@code null}. */
    private ReportDocument earlier(DepartmentInfo department, int year) {
        return reports.findByDepartmentIdIn(java.util.Set.of(department.id())).stream()
                .filter(r -> r.getYear() < year)
                .max(Comparator.comparingInt(Report::getYear)
                        .thenComparing(r -> r.getKind() == ReportKind.DEPARTMENT_OVERALL))
                .map(r -> documents.toDocument(r, department, MoneyUnit.YUAN)).orElse(null);
    }

    /** The department's overall report of the year before, or {@code null}. */
    private ReportDocument lastOverall(DepartmentInfo department, int year) {
        return reports.findByDepartmentIdIn(java.util.Set.of(department.id())).stream()
                .filter(r -> r.getYear() == year - 1 && r.getKind() == ReportKind.DEPARTMENT_OVERALL).findFirst()
                .map(r -> documents.toDocument(r, department, MoneyUnit.YUAN)).orElse(null);
    }

    private ReportSummary create(ReportDocument doc, UserScope user) {
        DepartmentInfo department = directory.department(user.departmentId());
        List<FieldProblem> problems = new java.util.ArrayList<>(ReportDocumentValidator.forImport(doc));
        if (doc.department() != null && doc.department().name() != null
                && !doc.department().name().strip().equals(department.name())) {
            problems.add(FieldProblem.of("department.name", "doc.department.mismatch", doc.department().name(),
                    department.name()));
        }
        if (!problems.isEmpty()) {
            metrics.refused("document");
            throw new InvalidInputException(DocumentPlaces.named(problems, doc));
        }
        String project = doc.projectName();
        String key = ProjectNames.key(project);
        if (reports.findByDepartmentIdAndYearAndKind(department.id(), doc.year(), doc.kind()).stream()
                .anyMatch(r -> r.getProjectKey().equals(key) || ProjectNames.key(r.getProjectName()).equals(key))) {
            throw exists(department, doc.year(), doc.kind(), project);
        }
        Instant now = clock.instant();
        Report report = new Report(department.id(), doc.year(), doc.kind(), project, doc.unit(), user.username(), now);
        documents.apply(report, doc);
        try {
            report = reports.saveAndFlush(report);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // Another import of the same report committed between the check and this insert.
            String cause = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (cause.contains("uk_report_department_year_kind_project")) {
                throw exists(department, doc.year(), doc.kind(), project);
            }
            throw e;
        }
        events.save(new ReportEvent(report.getId(), now, user.username(), ReportAction.CREATE, null,
                ReportStatus.DRAFTING, report.getRound(), null));
        publisher.publishEvent(new ReportCreated(report.getId(), department.id(), department.regionId(), user.username()));
        return summary(report, department);
    }

    /**
     * The refusal of a report that exists: 409 in the API, naming the department, year, kind and,
     * for a project's report, the project.
     */
    private static ActionRefusedException exists(DepartmentInfo department, int year, ReportKind kind,
            String project) {
        cn.perfeval.base.LocalizedMessage kindName = new cn.perfeval.base.LocalizedMessage("kind." + kind.name());
        return project.isEmpty() ? new ActionRefusedException("error.report.exists", department.name(), year, kindName)
                : new ActionRefusedException("error.report.project-exists", department.name(), year, kindName, project);
    }

    /** The report as an interchange document with every part it has, in the unit it was imported with. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReportDocument export(long id) {
        Report report = visible(id);
        return documents.toDocument(report, directory.department(report.getDepartmentId()), report.getUnit());
    }

    /** The report as an interchange document with every part it has, its money converted exactly to {@code unit}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReportDocument export(long id, MoneyUnit unit) {
        Report report = visible(id);
        return documents.toDocument(report, directory.department(report.getDepartmentId()),
                unit == null ? report.getUnit() : unit);
    }

    /**
     * The approved declaration version (绩效目标申报表) the report is checked against: the one in force of
     * its department, year, kind and project; empty where none was approved. The export names it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<ReportDeclarations.InForce> checkedAgainst(long id) {
        Report report = visible(id);
        ReportDeclarations source = declarations.getIfAvailable();
        return source == null ? java.util.Optional.empty()
                : source.inForce(report.getDepartmentId(), report.getYear(), report.getKind(),
                        report.getKind() == ReportKind.DEPARTMENT_OVERALL ? "" : report.getProjectName());
    }

    /**
     * The report for display and editing: its summary and every part it has, money in yuan, and the
     * indicators of its approved declaration, if any.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReportDetails details(long id) {
        Report report = visible(id);
        DepartmentInfo department = directory.department(report.getDepartmentId());
        ReportDeclarations source = declarations.getIfAvailable();
        List<ReportDocument.Indicator> approved = source == null ? List.of()
                : source.approved(department.id(), report.getYear(), report.getKind(),
                        report.getKind() == ReportKind.DEPARTMENT_OVERALL ? "" : report.getProjectName())
                        .map(ReportDeclarations.Approved::indicators).orElse(List.of());
        return new ReportDetails(summary(report, department),
                documents.toDocument(report, department, MoneyUnit.YUAN), approved);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReportSummary summary(long id) {
        Report report = visible(id);
        return summary(report, directory.department(report.getDepartmentId()));
    }

    /** The reports the caller may see, filtered by year, status and kind where given. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportSummary> list(Integer year, ReportStatus status, ReportKind kind) {
        Directory.Visibility visibility = directory.visibility(currentUser.require());
        List<Report> found = visibility.all() ? reports.findAll()
                : visibility.departmentIds().isEmpty() ? List.of()
                : reports.findByDepartmentIdIn(visibility.departmentIds());
        List<Report> matching = found.stream()
                .filter(r -> year == null || r.getYear() == year)
                .filter(r -> status == null || r.getStatus() == status)
                .filter(r -> kind == null || r.getKind() == kind)
                .toList();
        return summaries(matching).stream()
                .sorted(Comparator.comparing(ReportSummary::year).reversed()
                        .thenComparing(ReportSummary::department).thenComparing(ReportSummary::kind)
                        .thenComparing(ReportSummary::project))
                .toList();
    }

    /** The largest page of {@link #page}. */
    public static final int MAX_PAGE_SIZE = 500;

    /** A page of the reports the caller may see, and how many there are in all. */
    public record ReportPage(List<ReportSummary> items, long total) {
    }

    /**
     * A page (from 0) of the reports the caller may see, filtered by year, status and kind where
     * given, paged and counted in the database: newest year first, then by department, kind,
     * project and id, so that pages neither overlap nor skip a report while nothing changes.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReportPage page(Integer year, ReportStatus status, ReportKind kind, int page, int size) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (page < 0) {
            problems.add(FieldProblem.of("page", "error.paging.page"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(FieldProblem.of("size", "error.paging.size", MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Directory.Visibility visibility = directory.visibility(currentUser.require());
        if (!visibility.all() && visibility.departmentIds().isEmpty()) {
            return new ReportPage(List.of(), 0);
        }
        Specification<Report> where = (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> all = new java.util.ArrayList<>();
            if (!visibility.all()) {
                all.add(root.get("departmentId").in(visibility.departmentIds()));
            }
            if (year != null) {
                all.add(cb.equal(root.get("year"), year));
            }
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            if (kind != null) {
                all.add(cb.equal(root.get("kind"), kind));
            }
            return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
        Sort order = Sort.by(Sort.Order.desc("year"), Sort.Order.asc("departmentId"), Sort.Order.asc("kind"),
                Sort.Order.asc("projectName"), Sort.Order.asc("id"));
        Page<Report> found = reports.findAll(where, PageRequest.of(page, size, order));
        return new ReportPage(summaries(found.getContent()), found.getTotalElements());
    }

    /**
     * The state of every report of the year and kind (of every kind, for {@code null}), without
     * figures or texts: one query, for the administrator's tracking of a whole round.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ReportState> states(int year, ReportKind kind) {
        return kind == null ? reports.states(year) : reports.states(year, kind);
    }

    /** The timeline of the report's route. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportHistoryEntry> history(long id) {
        visible(id);
        return events.findByReportIdOrderByOccurredAtAscIdAsc(id).stream().map(ReportEvent::entry).toList();
    }

    /**
     * Who changed what in the report, and when, newest first: every saved version of its figures,
     * texts and status from the audit history, compared field by field with the one before.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReportChange> changes(long id) {
        Report report = visible(id);
        return changeHistory.changes(id, directory.department(report.getDepartmentId()));
    }

    /**
     * Saves the drafter's document as the report's content: every part, so a part the document
     * leaves out is stored as absent (a screen that edits some parts passes the others on as it
     * read them). All or nothing, like an import. Refused unless the report is in drafting, and
     * when someone else saved since {@code expectedVersion} was read: then the caller is told who,
     * and keeps its input.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public ReportSummary saveDraft(long id, long expectedVersion, ReportDocument edits) {
        UserScope user = currentUser.require();
        Report report = draftOf(id, user);
        if (report.getVersion() != expectedVersion) {
            throw new EditConflictException(report.getUpdatedBy(), report.getUpdatedAt(), report.getVersion());
        }
        ReportDocument doc = edits.unit() == null ? withUnit(edits, MoneyUnit.YUAN) : edits;
        List<FieldProblem> problems = ReportDocumentValidator.forDraft(doc);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(DocumentPlaces.named(problems, doc));
        }
        report = store(report, doc, user, clock.instant());
        return summary(report, directory.department(report.getDepartmentId()));
    }

    /**
     * Whether the report's parent code rows take the sum of their children as a child's amount is
     * typed on the drafting page (decision 0029); off unless a drafter turned it on.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean autoSum(long id) {
        return visible(id).isAutoSum();
    }

    /**
     * Turns the auto-sum of a report in drafting on or off, for the drafters of its department. A
     * setting of the page: the content, its version and its history stay as they are.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public void setAutoSum(long id, boolean on) {
        draftOf(id, currentUser.require());
        reports.setAutoSum(id, on);
    }

    /** The report in drafting that the caller drafts; refused (404, or 409 when not in drafting) otherwise. */
    private Report draftOf(long id, UserScope user) {
        Report report = visible(id);
        if (!user.belongsTo(report.getDepartmentId())) {
            throw new NotFoundException("error.report.not-found", id);
        }
        if (report.getStatus() != ReportStatus.DRAFTING) {
            throw new ActionRefusedException("error.report.not-editable",
                    new cn.perfeval.base.LocalizedMessage("status." + report.getStatus().name()));
        }
        return report;
    }

    /** Stores a validated document as the report's content, by the caller, and tells who listens. */
    private Report store(Report report, ReportDocument doc, UserScope user, Instant now) {
        documents.apply(report, doc);
        report.touch(user.username(), now);
        Report saved = reports.saveAndFlush(report);
        publisher.publishEvent(new ReportSaved(saved.getId(), user.username(), saved.getVersion()));
        return saved;
    }

    /**
     * Replaces the whole document of a report in drafting ({@code PUT /api/reports/{id}}), over the
     * version the caller read ({@code expectedVersion}, the {@code ETag} of the export): all or
     * nothing. Refused unless the caller drafts the report while it is in drafting (409); when
     * someone saved since that version (412, naming the version stored now); and whole, with every
     * bad field named, when the document is not valid as an import or names another kind, year,
     * department or project than the report's (400). Audited as a save, with a history line.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public ReportSummary replaceDocument(long id, long expectedVersion, ReportDocument doc) {
        UserScope user = currentUser.require();
        Report report = draftOf(id, user);
        if (report.getVersion() != expectedVersion) {
            throw cn.perfeval.base.PreconditionException.failed(report.getVersion(), "error.report.version-stale",
                    String.valueOf(expectedVersion), String.valueOf(report.getVersion()), report.getUpdatedBy(),
                    report.getUpdatedAt());
        }
        DepartmentInfo department = directory.department(report.getDepartmentId());
        List<FieldProblem> problems = new java.util.ArrayList<>(ReportDocumentValidator.forImport(doc));
        if (doc.kind() != null && doc.kind() != report.getKind()) {
            problems.add(FieldProblem.of("kind", "doc.replace.kind", new cn.perfeval.base.LocalizedMessage(
                    "kind." + doc.kind().name()), new cn.perfeval.base.LocalizedMessage("kind." + report.getKind().name())));
        }
        if (doc.year() != null && doc.year() != report.getYear()) {
            problems.add(FieldProblem.of("year", "doc.replace.year", String.valueOf(doc.year()),
                    String.valueOf(report.getYear())));
        }
        if (doc.department() != null && doc.department().name() != null
                && !doc.department().name().strip().equals(department.name())) {
            problems.add(FieldProblem.of("department.name", "doc.department.mismatch", doc.department().name(),
                    department.name()));
        }
        if (doc.kind() != null && doc.kind() == report.getKind()
                && !ProjectNames.key(doc.projectName()).equals(report.getProjectKey())) {
            problems.add(FieldProblem.of("project", "doc.replace.project", doc.projectName(),
                    report.getProjectName()));
        }
        if (!problems.isEmpty()) {
            metrics.refused("document");
            throw new InvalidInputException(DocumentPlaces.named(problems, doc));
        }
        Instant now = clock.instant();
        report = store(report, doc, user, now);
        events.save(new ReportEvent(id, now, user.username(), ReportAction.REPLACE, ReportStatus.DRAFTING,
                ReportStatus.DRAFTING, report.getRound(), null));
        return summary(report, department);
    }

    /**
     * Locks the report's row until the caller's transaction ends, so that the moves on one report
     * happen one after the other: a second reviewer acting at the same moment waits, then finds the
     * report as the first one left it. The workflow calls it first in the transaction of each
     * action, before it reads the report or its task. A report outside the caller's scope is not found.
     */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForRoute(long id) {
        long departmentId = reports.lockDepartmentOf(id)
                .orElseThrow(() -> new NotFoundException("error.report.not-found", id));
        if (!currentUser.require().canSee(directory.department(departmentId))) {
            throw new NotFoundException("error.report.not-found", id);
        }
    }

    /**
     * Records a move on the report's route and mirrors the new status on the report row. Called
     * by the workflow inside the transaction that completes the process task, after it has
     * checked that the caller may act. The three administrators never move a report.
     */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReportSummary recordTransition(long id, ReportAction action, ReportStatus to, String comment) {
        return recordTransition(id, action, to, comment, null);
    }

    /**
     * Records a move on the report's route, as {@link #recordTransition(long, ReportAction,
     * ReportStatus, String)}, with a note on the history line saying where the return asked the
     * report to go next, or that a submission went straight back to the step that returned it.
     */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReportSummary recordTransition(long id, ReportAction action, ReportStatus to, String comment,
            RouteNote note) {
        UserScope user = currentUser.require();
        Report report = visible(id);
        ReportStatus from = report.getStatus();
        Instant now = clock.instant();
        boolean newRound = action == ReportAction.SUBMIT && hasBeenReturned(id);
        report.moveTo(to, newRound, now);
        report.touch(user.username(), now);
        report = reports.saveAndFlush(report);
        events.save(new ReportEvent(id, now, user.username(), action, from, to, report.getRound(), comment, null,
                note));
        publisher.publishEvent(new ReportStatusChanged(id, action, from, to, report.getRound(), user.username(),
                comment));
        return summary(report, directory.department(report.getDepartmentId()));
    }

    /**
     * Records that the report's open review was delegated, resolved back or transferred to
     * {@code toUser}, or claimed by the caller ({@code toUser} the caller); the report itself does not change. Called by the workflow in the transaction
     * that hands the process task over, after it has checked that the caller holds the task.
     */
    @PreAuthorize("hasAnyRole('BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public ReportSummary recordHandover(long id, ReportAction action, String toUser, String comment) {
        if (action != ReportAction.DELEGATE && action != ReportAction.RESOLVE && action != ReportAction.TRANSFER
                && action != ReportAction.CLAIM) {
            throw new IllegalArgumentException("Not a handover: " + action);
        }
        UserScope user = currentUser.require();
        Report report = visible(id);
        Instant now = clock.instant();
        events.save(new ReportEvent(id, now, user.username(), action, report.getStatus(), report.getStatus(),
                report.getRound(), comment, toUser, null));
        publisher.publishEvent(new ReportTaskHandedOver(id, action, report.getStatus(), report.getRound(),
                user.username(), toUser, comment));
        return summary(report, directory.department(report.getDepartmentId()));
    }

    /**
     * Records that the approved report will be published at {@code at}. Called by the workflow in
     * the transaction that completed the publication task.
     */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER')")
    public ReportSummary recordScheduledPublication(long id, Instant at) {
        UserScope user = currentUser.require();
        Report report = visible(id);
        Instant now = clock.instant();
        report.schedulePublication(at);
        report.touch(user.username(), now);
        report = reports.saveAndFlush(report);
        events.save(new ReportEvent(id, now, user.username(), ReportAction.SCHEDULE_PUBLICATION, report.getStatus(),
                report.getStatus(), report.getRound(), null));
        publisher.publishEvent(new ReportStatusChanged(id, ReportAction.SCHEDULE_PUBLICATION, report.getStatus(),
                report.getStatus(), report.getRound(), user.username(), "at " + at));
        return summary(report, directory.department(report.getDepartmentId()));
    }

    /** The published reports, for the public portal. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<ReportSummary> published() {
        return summaries(reports.findByStatusOrderByPublishedAtDesc(ReportStatus.PUBLISHED));
    }

    /** Summaries of several reports, their departments read in one query. */
    private List<ReportSummary> summaries(List<Report> found) {
        Map<Long, DepartmentInfo> departments = directory.departmentsById(
                found.stream().map(Report::getDepartmentId).collect(Collectors.toSet()));
        return found.stream().map(r -> summary(r, departments.get(r.getDepartmentId()))).toList();
    }

    /**
     * A published report for the public portal, with its money in the unit the report came in (as
     * published, and with every part); any other report does not exist there.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public ReportDetails publishedDetails(long id) {
        Report report = reports.findById(id).filter(r -> r.getStatus() == ReportStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("error.report.not-found", id));
        DepartmentInfo department = directory.department(report.getDepartmentId());
        return new ReportDetails(summary(report, department),
                documents.toDocument(report, department, report.getUnit()));
    }

    private boolean hasBeenReturned(long id) {
        return events.findByReportIdOrderByOccurredAtAscIdAsc(id).stream()
                .anyMatch(e -> e.entry().action() == ReportAction.RETURN || e.entry().action() == ReportAction.WITHDRAW);
    }

    private Report visible(long id) {
        UserScope user = currentUser.require();
        Report report = reports.findById(id).orElseThrow(() -> new NotFoundException("error.report.not-found", id));
        if (!user.canSee(directory.department(report.getDepartmentId()))) {
            throw new NotFoundException("error.report.not-found", id);
        }
        return report;
    }

    private static ReportSummary summary(Report r, DepartmentInfo d) {
        return new ReportSummary(r.getId(), d.id(), d.name(), d.regionName(), r.getYear(), r.getKind(),
                r.getProjectName(), r.getStatus(),
                r.getRound(), r.getVersion(), r.getUpdatedAt(), r.getUpdatedBy(), r.getPublishedAt(), r.getApprovedAt(),
                r.getPublicationScheduledFor());
    }

    private static ReportDocument withUnit(ReportDocument d, MoneyUnit unit) {
        return new ReportDocument(d.formatVersion(), d.kind(), d.year(), unit, d.department(), d.mainTasks(),
                d.income(), d.expenditure(), d.totals(), d.budget(), d.threePublicExpenses(), d.assets(),
                d.indicators(), d.projects(), d.scoring(), d.conclusion(), d.problems(), d.suggestions(),
                d.resultUse(), d.publication(), d.project(), d.narrative());
    }
}
