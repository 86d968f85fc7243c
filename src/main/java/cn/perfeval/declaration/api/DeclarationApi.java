package cn.perfeval.declaration.api;

import cn.perfeval.base.Messages;
import cn.perfeval.declaration.DeclarationDetails;
import cn.perfeval.declaration.DeclarationDocument;
import cn.perfeval.declaration.DeclarationHistoryEntry;
import cn.perfeval.declaration.DeclarationService;
import cn.perfeval.declaration.DeclarationStatus;
import cn.perfeval.declaration.DeclarationSummary;
import cn.perfeval.declaration.DeclarationVersionInfo;
import cn.perfeval.report.ReportKind;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/declarations}: performance target declarations (see {@code docs/declarations.md}):
 * creation, the list, one declaration with its document, versions and findings, a version's
 * document, the replacement of a draft, adjustments and the history. The moves on the route are
 * in the workflow module.
 */
@RestController
@RequestMapping("/api/declarations")
class DeclarationApi {

    private final DeclarationService declarations;
    private final Messages messages;

    DeclarationApi(DeclarationService declarations, Messages messages) {
        this.declarations = declarations;
        this.messages = messages;
    }

    record Created(long id, DeclarationStatus status) {
    }

    /** A declaration of the list; {@code project} null for a department's overall declaration. */
    record ListItem(long id, String department, int year, ReportKind kind, String project, DeclarationStatus status,
            int version, Integer versionInForce, Instant updatedAt) {
    }

    /** A finding of the checks, its message in the caller's language. */
    record FindingItem(String rule, String severity, String field, String message) {
    }

    /** One declaration: its latest version's document, every version and that document's findings. */
    record Details(long id, String department, int year, ReportKind kind, String project, DeclarationStatus status,
            int version, Integer versionInForce, DeclarationDocument document, List<DeclarationVersionInfo> versions,
            List<FindingItem> findings) {
    }

    record AdjustmentBody(String reason, DeclarationDocument document) {
    }

    record Adjusted(long id, DeclarationStatus status, int version) {
    }

    record HistoryItem(Instant at, String user, String action, DeclarationStatus fromStatus,
            DeclarationStatus toStatus, int version, String comment) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> create(@RequestBody DeclarationDocument document) {
        DeclarationSummary created = declarations.create(document);
        return ResponseEntity.created(URI.create("/api/declarations/" + created.id()))
                .body(new Created(created.id(), created.status()));
    }

    @GetMapping
    List<ListItem> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) ReportKind kind) {
        return declarations.list(year, kind).stream().map(d -> new ListItem(d.id(), d.department(), d.year(), d.kind(),
                d.project().isEmpty() ? null : d.project(), d.status(), d.version(), d.versionInForce(),
                d.updatedAt())).toList();
    }

    @GetMapping("/{id}")
    Details get(@PathVariable long id, Locale locale) {
        DeclarationDetails d = declarations.details(id);
        DeclarationSummary s = d.summary();
        return new Details(s.id(), s.department(), s.year(), s.kind(), s.project().isEmpty() ? null : s.project(),
                s.status(), s.version(), s.versionInForce(), d.document(), d.versions(),
                d.findings().stream().map(f -> new FindingItem(f.rule(), f.severity().name(), f.field(),
                        messages.resolve(f.message(), locale))).toList());
    }

    /** The document of one version (the approved ones are kept for good). */
    @GetMapping("/{id}/versions/{version}")
    DeclarationDocument version(@PathVariable long id, @PathVariable int version) {
        return declarations.versionDocument(id, version);
    }

    /** Replaces the document of a declaration in drafting: 409 once submitted or approved. */
    @PutMapping("/{id}")
    Created replace(@PathVariable long id, @RequestBody DeclarationDocument document) {
        DeclarationSummary saved = declarations.update(id, document);
        return new Created(saved.id(), saved.status());
    }

    /** Asks to adjust an approved declaration (目标调整): a new version, with its reason, to finance approval. */
    @PostMapping("/{id}/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    Adjusted adjust(@PathVariable long id, @RequestBody(required = false) AdjustmentBody body) {
        DeclarationSummary after = declarations.requestAdjustment(id, body == null ? null : body.reason(),
                body == null ? null : body.document());
        return new Adjusted(after.id(), after.status(), after.version());
    }

    @GetMapping("/{id}/history")
    List<HistoryItem> history(@PathVariable long id) {
        return declarations.history(id).stream().map(DeclarationApi::item).toList();
    }

    private static HistoryItem item(DeclarationHistoryEntry e) {
        return new HistoryItem(e.at(), e.user(), e.action().name(), e.fromStatus(), e.toStatus(), e.version(),
                e.comment());
    }
}
