package cn.perfeval.declaration;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.checks.core.Severity;
import cn.perfeval.declaration.DeclarationEvents.AdjustmentRequested;
import cn.perfeval.declaration.DeclarationEvents.DeclarationCreated;
import cn.perfeval.declaration.DeclarationEvents.DeclarationSaved;
import cn.perfeval.declaration.DeclarationEvents.DeclarationStatusChanged;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.DepartmentInfo;
import cn.perfeval.identity.Directory;
import cn.perfeval.identity.UserScope;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ProjectNames;
import cn.perfeval.report.ReportKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The declaration's application service: creating and editing a declaration in drafting, reading
 * it with its versions and findings, asking to adjust an approved one, and the record of its route
 * (the workflow calls {@link #recordTransition}). Every read and write is scoped to the departments
 * the caller may see; a declaration outside that scope does not exist for the caller.
 */
@Service
@Transactional
public class DeclarationService {

    private final DeclarationRepository declarations;
    private final DeclarationVersionRepository versions;
    private final DeclarationEventRepository events;
    private final DeclarationChecks checks;
    private final Directory directory;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final JsonMapper json;
    private final Clock clock;

    DeclarationService(DeclarationRepository declarations, DeclarationVersionRepository versions,
            DeclarationEventRepository events, DeclarationChecks checks, Directory directory, CurrentUser currentUser,
            ApplicationEventPublisher publisher, JsonMapper json, Clock clock) {
        this.declarations = declarations;
        this.versions = versions;
        this.events = events;
        this.checks = checks;
        this.directory = directory;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Creates the caller's department's declaration of the document's year, kind and project in
     * drafting, as version 1. All or nothing: a document with any bad field is refused whole (400),
     * with every bad field named; a declaration that exists already is refused (409).
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public DeclarationSummary create(DeclarationDocument doc) {
        UserScope user = currentUser.require();
        DepartmentInfo department = directory.department(user.departmentId());
        List<FieldProblem> problems = new ArrayList<>(DeclarationValidator.validate(doc));
        if (doc.department() != null && doc.department().name() != null
                && !doc.department().name().strip().equals(department.name())) {
            problems.add(FieldProblem.of("department.name", "doc.department.mismatch", doc.department().name(),
                    department.name()).at(new LocalizedMessage("declaration.field.department.name")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return store(doc, department, user);
    }

    /**
     * Creates an empty draft of the caller's department for the year, kind and project (decision
     * 0043): version 1 holds the header alone, its overall target, funds and indicators to be written
     * on the declaration's page. Refused (400) for a bad year or project name, (409) when the
     * department already declared that year, kind and project.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public DeclarationSummary createDraft(Integer year, ReportKind kind, String project) {
        UserScope user = currentUser.require();
        DepartmentInfo department = directory.department(user.departmentId());
        String name = project == null ? "" : project.strip();
        DeclarationDocument doc = new DeclarationDocument(DeclarationDocument.FORMAT_VERSION, kind, year,
                MoneyUnit.YUAN, new DeclarationDocument.Department(department.name()),
                name.isEmpty() ? null : new DeclarationDocument.Project(name), null, null, null);
        List<FieldProblem> problems = DeclarationValidator.validateHeader(doc);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return store(doc, department, user);
    }

    private DeclarationSummary store(DeclarationDocument doc, DepartmentInfo department, UserScope user) {
        String key = ProjectNames.key(doc.projectName());
        if (declarations.findByDepartmentIdAndYearAndKind(department.id(), doc.year(), doc.kind()).stream()
                .anyMatch(d -> d.getProjectKey().equals(key))) {
            throw exists(department, doc.year(), doc.kind(), ProjectNames.display(doc.projectName()));
        }
        Instant now = storedNow();
        Declaration declaration = new Declaration(department.id(), doc.year(), doc.kind(), doc.projectName(),
                user.username(), now);
        try {
            declaration = declarations.saveAndFlush(declaration);
        } catch (DataIntegrityViolationException e) {
            // Another declaration of the same department, year, kind and project committed meanwhile.
            throw exists(department, doc.year(), doc.kind(), ProjectNames.display(doc.projectName()));
        }
        versions.save(new DeclarationVersion(declaration.getId(), 1, write(doc), VersionState.DRAFT, null,
                user.username(), now));
        events.save(new DeclarationEvent(declaration.getId(), now, user.username(), DeclarationAction.CREATE, null,
                DeclarationStatus.DRAFTING, 1, null));
        publisher.publishEvent(new DeclarationCreated(declaration.getId(), department.id(), department.regionId(),
                user.username()));
        return summary(declaration, department, List.of(latestOf(declaration.getId())));
    }

    private static ActionRefusedException exists(DepartmentInfo department, int year, ReportKind kind,
            String project) {
        LocalizedMessage kindName = new LocalizedMessage("declaration.kind." + kind.name());
        return project.isEmpty()
                ? new ActionRefusedException("error.declaration.exists", department.name(), String.valueOf(year),
                        kindName)
                : new ActionRefusedException("error.declaration.project-exists", department.name(),
                        String.valueOf(year), kindName, project);
    }

    /**
     * Replaces the document of a declaration in drafting (new, returned or withdrawn), for the
     * drafters of its department. Refused (409) once submitted, and once approved (the declaration
     * is locked: a change is an adjustment); refused whole (400) when the document is not valid or
     * names another department, year, kind or project.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public DeclarationSummary update(long id, DeclarationDocument doc) {
        UserScope user = currentUser.require();
        Declaration declaration = own(id, user);
        if (declaration.getStatus() == DeclarationStatus.APPROVED
                || declaration.getStatus() == DeclarationStatus.ADJUSTMENT_REVIEW) {
            throw new ActionRefusedException("error.declaration.locked");
        }
        if (declaration.getStatus() != DeclarationStatus.DRAFTING) {
            throw new ActionRefusedException("error.declaration.not-editable",
                    new LocalizedMessage("declaration.status." + declaration.getStatus().name()));
        }
        List<FieldProblem> problems = new ArrayList<>(DeclarationValidator.validate(doc));
        problems.addAll(sameHeader(declaration, doc));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        DeclarationVersion latest = latestOf(id);
        latest.replace(write(doc));
        Instant now = storedNow();
        declaration.touch(user.username(), now);
        declaration = declarations.saveAndFlush(declaration);
        events.save(new DeclarationEvent(id, now, user.username(), DeclarationAction.SAVE, declaration.getStatus(),
                declaration.getStatus(), latest.getNumber(), null));
        publisher.publishEvent(new DeclarationSaved(id, latest.getNumber(), user.username()));
        return summary(declaration);
    }

    /**
     * Asks to adjust (目标调整) an approved declaration: the document becomes a new version with the
     * reason, submitted straight to finance approval (decision 0037); the approved version stays in
     * force until finance approves the adjustment. Refused (400) without a reason or with a bad
     * document, (409) when the declaration is not approved or an adjustment already waits, or when the
     * document has an ERROR finding.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public DeclarationSummary requestAdjustment(long id, String reason, DeclarationDocument doc) {
        UserScope user = currentUser.require();
        Declaration declaration = declarations.lockById(id).orElseThrow(() -> notFound(id));
        requireOwn(declaration, user);
        List<FieldProblem> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add(FieldProblem.of("reason", "doc.required").at(new LocalizedMessage("declaration.field.reason")));
        } else if (reason.length() > 2_000) {
            problems.add(FieldProblem.of("reason", "doc.text.too-long", 2_000)
                    .at(new LocalizedMessage("declaration.field.reason")));
        }
        if (doc == null) {
            problems.add(FieldProblem.of("document", "doc.required")
                    .at(new LocalizedMessage("declaration.field.document")));
        } else {
            problems.addAll(DeclarationValidator.validate(doc).stream()
                    .map(p -> new FieldProblem("document." + p.field(), p.message(), p.place())).toList());
            problems.addAll(sameHeader(declaration, doc).stream()
                    .map(p -> new FieldProblem("document." + p.field(), p.message(), p.place())).toList());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (declaration.getStatus() == DeclarationStatus.ADJUSTMENT_REVIEW) {
            throw new ActionRefusedException("error.declaration.adjustment-pending");
        }
        if (declaration.getStatus() != DeclarationStatus.APPROVED) {
            throw new ActionRefusedException("error.declaration.not-approved",
                    new LocalizedMessage("declaration.status." + declaration.getStatus().name()));
        }
        refuseErrors(checks.check(doc));
        int number = latestOf(id).getNumber() + 1;
        Instant now = storedNow();
        versions.save(new DeclarationVersion(id, number, write(doc), VersionState.SUBMITTED, reason.strip(),
                user.username(), now));
        declaration.moveTo(DeclarationStatus.ADJUSTMENT_REVIEW);
        declaration.touch(user.username(), now);
        declaration = declarations.saveAndFlush(declaration);
        events.save(new DeclarationEvent(id, now, user.username(), DeclarationAction.ADJUST, DeclarationStatus.APPROVED,
                DeclarationStatus.ADJUSTMENT_REVIEW, number, reason.strip()));
        DepartmentInfo department = directory.department(declaration.getDepartmentId());
        publisher.publishEvent(new AdjustmentRequested(id, department.id(), department.regionId(), number,
                user.username(), reason.strip()));
        return summary(declaration);
    }

    /** The declarations the caller may see, filtered by year and kind where given. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DeclarationSummary> list(Integer year, ReportKind kind) {
        Directory.Visibility visibility = directory.visibility(currentUser.require());
        List<Declaration> found = visibility.all() ? declarations.findAll()
                : visibility.departmentIds().isEmpty() ? List.of()
                : declarations.findByDepartmentIdIn(visibility.departmentIds());
        List<Declaration> matching = found.stream().filter(d -> year == null || d.getYear() == year)
                .filter(d -> kind == null || d.getKind() == kind).toList();
        Map<Long, DepartmentInfo> departments = directory.departmentsById(
                matching.stream().map(Declaration::getDepartmentId).collect(Collectors.toSet()));
        return matching.stream()
                .map(d -> summary(d, departments.get(d.getDepartmentId()),
                        versions.findByDeclarationIdOrderByNumberAsc(d.getId())))
                .sorted(Comparator.comparing(DeclarationSummary::year).reversed()
                        .thenComparing(DeclarationSummary::department).thenComparing(DeclarationSummary::kind)
                        .thenComparing(DeclarationSummary::project))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DeclarationSummary summary(long id) {
        return summary(visible(id));
    }

    /** The declaration with the document of its latest version, its versions and that document's findings. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DeclarationDetails details(long id) {
        Declaration declaration = visible(id);
        List<DeclarationVersion> all = versions.findByDeclarationIdOrderByNumberAsc(id);
        DeclarationDocument document = read(all.getLast().getDocument());
        return new DeclarationDetails(summary(declaration, directory.department(declaration.getDepartmentId()), all),
                document, all.stream().map(DeclarationService::info).toList(), checks.check(document));
    }

    /** The document of one version of the declaration; a version it does not have is not found. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public DeclarationDocument versionDocument(long id, int version) {
        visible(id);
        return versions.findByDeclarationIdOrderByNumberAsc(id).stream().filter(v -> v.getNumber() == version)
                .findFirst().map(v -> read(v.getDocument()))
                .orElseThrow(() -> new NotFoundException("error.declaration.version-not-found", id, version));
    }

    /** The findings of the checks on the declaration's latest version. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DeclarationFinding> findings(long id) {
        visible(id);
        return checks.check(read(latestOf(id).getDocument()));
    }

    /** The timeline of the declaration. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DeclarationHistoryEntry> history(long id) {
        visible(id);
        return events.findByDeclarationIdOrderByOccurredAtAscIdAsc(id).stream().map(DeclarationEvent::entry).toList();
    }

    /**
     * Refuses (409, every ERROR named) a submission or an approval while the declaration's latest
     * version has an ERROR finding. Called by the workflow.
     */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    @Transactional(readOnly = true)
    public void requireNoErrors(long id) {
        visible(id);
        DeclarationDocument doc = read(latestOf(id).getDocument());
        List<FieldProblem> incomplete = DeclarationValidator.validate(doc);
        if (!incomplete.isEmpty()) {
            // A draft created empty (decision 0043) is stored before its body is written.
            throw new ActionRefusedException(incomplete, "error.declaration.incomplete", incomplete.size());
        }
        refuseErrors(checks.check(doc));
    }

    private static void refuseErrors(List<DeclarationFinding> findings) {
        List<DeclarationFinding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new ActionRefusedException(errors.stream().map(f -> new FieldProblem(f.field(), f.message())).toList(),
                    "error.declaration.blocked", errors.size());
        }
    }

    /**
     * Locks the declaration's row until the caller's transaction ends, so that the moves on one
     * declaration happen one after the other. The workflow calls it first in each action. A
     * declaration outside the caller's scope is not found.
     */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForRoute(long id) {
        Declaration declaration = declarations.lockById(id).orElseThrow(() -> notFound(id));
        if (!currentUser.require().canSee(directory.department(declaration.getDepartmentId()))) {
            throw notFound(id);
        }
    }

    /**
     * Records a move on the declaration's route, after the workflow has completed the step: the new
     * status, the state of its versions (submitted, back in drafting, approved, the earlier approved
     * one superseded, an adjustment refused), a history line and the event the audit log records.
     */
    @PreAuthorize("hasAnyRole('DRAFTER', 'BUREAU_REVIEWER', 'FINANCE_REVIEWER')")
    public DeclarationSummary recordTransition(long id, DeclarationAction action, String comment) {
        UserScope user = currentUser.require();
        Declaration declaration = visible(id);
        List<DeclarationVersion> all = versions.findByDeclarationIdOrderByNumberAsc(id);
        DeclarationVersion latest = all.getLast();
        DeclarationStatus from = declaration.getStatus();
        Instant now = storedNow();
        DeclarationStatus to = switch (action) {
            case SUBMIT -> {
                expect(from, action, DeclarationStatus.DRAFTING);
                latest.moveTo(VersionState.SUBMITTED);
                yield DeclarationStatus.BUREAU_REVIEW;
            }
            case WITHDRAW -> {
                expect(from, action, DeclarationStatus.BUREAU_REVIEW);
                latest.moveTo(VersionState.DRAFT);
                yield DeclarationStatus.DRAFTING;
            }
            case PASS -> {
                expect(from, action, DeclarationStatus.BUREAU_REVIEW);
                yield DeclarationStatus.FINANCE_REVIEW;
            }
            case RETURN -> {
                expect(from, action, DeclarationStatus.BUREAU_REVIEW, DeclarationStatus.FINANCE_REVIEW,
                        DeclarationStatus.ADJUSTMENT_REVIEW);
                if (from == DeclarationStatus.ADJUSTMENT_REVIEW) {
                    latest.moveTo(VersionState.REFUSED);
                    yield DeclarationStatus.APPROVED;
                }
                latest.moveTo(VersionState.DRAFT);
                yield DeclarationStatus.DRAFTING;
            }
            case APPROVE -> {
                expect(from, action, DeclarationStatus.FINANCE_REVIEW, DeclarationStatus.ADJUSTMENT_REVIEW);
                all.stream().filter(v -> v.getState() == VersionState.APPROVED)
                        .forEach(v -> v.moveTo(VersionState.SUPERSEDED));
                latest.approve(user.username(), now);
                yield DeclarationStatus.APPROVED;
            }
            default -> throw new IllegalArgumentException("Not a move on the route: " + action);
        };
        versions.saveAll(all);
        declaration.moveTo(to);
        declaration.touch(user.username(), now);
        declaration = declarations.saveAndFlush(declaration);
        String note = comment == null || comment.isBlank() ? null : comment;
        events.save(new DeclarationEvent(id, now, user.username(), action, from, to, latest.getNumber(), note));
        publisher.publishEvent(new DeclarationStatusChanged(id, action, from, to, latest.getNumber(), user.username(),
                note));
        return summary(declaration, directory.department(declaration.getDepartmentId()), all);
    }

    private static void expect(DeclarationStatus from, DeclarationAction action, DeclarationStatus... allowed) {
        if (!Set.of(allowed).contains(from)) {
            throw new ActionRefusedException("error.declaration.not-now", new LocalizedMessage(action.labelKey()),
                    new LocalizedMessage("declaration.status." + from.name()));
        }
    }

    /** Problems of a document that names another department, year, kind or project than the declaration's. */
    private List<FieldProblem> sameHeader(Declaration declaration, DeclarationDocument doc) {
        List<FieldProblem> problems = new ArrayList<>();
        DepartmentInfo department = directory.department(declaration.getDepartmentId());
        if (doc.department() != null && doc.department().name() != null
                && !doc.department().name().strip().equals(department.name())) {
            problems.add(FieldProblem.of("department.name", "doc.department.mismatch", doc.department().name(),
                    department.name()).at(new LocalizedMessage("declaration.field.department.name")));
        }
        if (doc.kind() != null && doc.kind() != declaration.getKind()) {
            problems.add(FieldProblem.of("kind", "declaration.header.kind",
                    new LocalizedMessage("declaration.kind." + doc.kind().name()),
                    new LocalizedMessage("declaration.kind." + declaration.getKind().name()))
                    .at(new LocalizedMessage("declaration.field.kind")));
        }
        if (doc.year() != null && doc.year() != declaration.getYear()) {
            problems.add(FieldProblem.of("year", "declaration.header.year", String.valueOf(doc.year()),
                    String.valueOf(declaration.getYear())).at(new LocalizedMessage("declaration.field.year")));
        }
        if (doc.kind() == declaration.getKind()
                && !ProjectNames.key(doc.projectName()).equals(declaration.getProjectKey())) {
            problems.add(FieldProblem.of("project.name", "declaration.header.project", doc.projectName(),
                    declaration.getProjectName()).at(new LocalizedMessage("declaration.field.project.name")));
        }
        return problems;
    }

    /** The declaration of the caller's own department (drafter); 404 for any other. */
    private Declaration own(long id, UserScope user) {
        Declaration declaration = visible(id);
        requireOwn(declaration, user);
        return declaration;
    }

    private void requireOwn(Declaration declaration, UserScope user) {
        if (!user.belongsTo(declaration.getDepartmentId())) {
            throw notFound(declaration.getId());
        }
    }

    private Declaration visible(long id) {
        UserScope user = currentUser.require();
        Declaration declaration = declarations.findById(id).orElseThrow(() -> notFound(id));
        if (!user.canSee(directory.department(declaration.getDepartmentId()))) {
            throw notFound(id);
        }
        return declaration;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("error.declaration.not-found", id);
    }

    private DeclarationVersion latestOf(long id) {
        return versions.findByDeclarationIdOrderByNumberAsc(id).getLast();
    }

    private DeclarationSummary summary(Declaration d) {
        return summary(d, directory.department(d.getDepartmentId()), versions.findByDeclarationIdOrderByNumberAsc(d.getId()));
    }

    private static DeclarationSummary summary(Declaration d, DepartmentInfo department, List<DeclarationVersion> all) {
        int latest = all.stream().mapToInt(DeclarationVersion::getNumber).max().orElse(1);
        Integer inForce = all.stream().filter(v -> v.getState() == VersionState.APPROVED)
                .map(DeclarationVersion::getNumber).findFirst().orElse(null);
        return new DeclarationSummary(d.getId(), department.id(), department.name(), department.regionName(),
                d.getYear(), d.getKind(), d.getProjectName(), d.getStatus(), latest, inForce, d.getUpdatedAt(),
                d.getUpdatedBy());
    }

    private static DeclarationVersionInfo info(DeclarationVersion v) {
        return new DeclarationVersionInfo(v.getNumber(), v.getState(), v.getReason(), v.getCreatedBy(),
                v.getCreatedAt(), v.getApprovedBy(), v.getApprovedAt());
    }

    /**
     * Now, as the database keeps it: to the microsecond (the clock reads nanoseconds, the time columns
     * hold microseconds), so that a time answered when written is the time read back later.
     */
    private Instant storedNow() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** The document as stored: its unit stated (元 where the drafter gave none). */
    private String write(DeclarationDocument doc) {
        DeclarationDocument stored = doc.unit() != null ? doc
                : new DeclarationDocument(doc.formatVersion(), doc.kind(), doc.year(), MoneyUnit.YUAN,
                        doc.department(), doc.project(), doc.overallTarget(), doc.funds(), doc.indicators());
        return json.writeValueAsString(stored);
    }

    DeclarationDocument read(String stored) {
        return json.readValue(stored, DeclarationDocument.class);
    }
}
