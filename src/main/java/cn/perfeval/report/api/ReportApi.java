package cn.perfeval.report.api;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.PreconditionException;
import cn.perfeval.base.api.HeavyUpload;
import cn.perfeval.report.MoneyUnit;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportDueDates;
import cn.perfeval.report.ReportExport;
import cn.perfeval.report.ReportHistoryEntry;
import cn.perfeval.report.ReportKind;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportService.ReportPage;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code /api/reports}: import, export (with its version as {@code ETag}), replacement, the list and the history of reports. */
@RestController
@RequestMapping("/api/reports")
class ReportApi {

    /** The page size when none is asked for. */
    static final int DEFAULT_PAGE_SIZE = 50;
    /** The header that tells how many reports match the filters in all pages. */
    static final String TOTAL_COUNT = "X-Total-Count";

    private final ReportService reports;
    private final ObjectProvider<ReportDueDates> dueDates;
    private final JsonMapper json;

    ReportApi(ReportService reports, ObjectProvider<ReportDueDates> dueDates, JsonMapper json) {
        this.reports = reports;
        this.dueDates = dueDates;
        this.json = json;
    }

    record Created(long id, ReportStatus status) {
    }

    /** A report of the list; {@code project} names the project of a project or transfer-payment report, else null. */
    record ListItem(long id, String department, int year, ReportKind kind, String project, ReportStatus status,
            int round, String dueDate, Instant updatedAt) {
    }

    /** A history line; {@code otherUser} and {@code note} as in {@link ReportHistoryEntry}, null where they do not apply. */
    record HistoryItem(Instant at, String user, String action, ReportStatus fromStatus, ReportStatus toStatus,
            String comment, String otherUser, String note) {
    }

    @PostMapping
    // The code the API documentation names; the answer itself sets it (with the Location).
    @ResponseStatus(HttpStatus.CREATED)
    @HeavyUpload
    ResponseEntity<Created> importDocument(@RequestBody ReportDocument document) {
        ReportSummary created = reports.importDocument(document);
        return ResponseEntity.created(URI.create("/api/reports/" + created.id()))
                .body(new Created(created.id(), created.status()));
    }

    /** The answer to a replacement: the report and the version it has now (also the {@code ETag}). */
    record Replaced(long id, ReportStatus status, long version) {
    }

    /**
     * The report as a document, in the unit it came in or, with {@code ?unit=YUAN|WAN_YUAN}, in that
     * unit, with the report's {@code version} in the body and as the {@code ETag} (read before the
     * document, so that a save in between makes the version older, never newer, than the content),
     * and {@code approvedTargets} where the report is checked against an approved declaration.
     */
    @GetMapping("/{id}")
    @ApiResponse(responseCode = "200", description = "the report document (report-format.md) with its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportDocument.class)))
    ResponseEntity<ObjectNode> export(@PathVariable long id, @RequestParam(required = false) MoneyUnit unit) {
        long version = reports.summary(id).version();
        ObjectNode body = ReportExport.of(json, reports.export(id, unit), reports.checkedAgainst(id));
        body.put("version", version);
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    /**
     * Replaces a draft's whole document, over the version named in {@code If-Match} (the
     * {@code ETag} of the export; {@code *} for whatever is stored): 428 without it, 412 when the
     * report has changed since, 400 naming every bad field, 409 when the report is not in drafting.
     */
    @PutMapping("/{id}")
    @HeavyUpload
    ResponseEntity<Replaced> replace(@PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ReportDocument document) {
        long expected = expectedVersion(id, ifMatch);
        ReportSummary saved = reports.replaceDocument(id, expected, document);
        return ResponseEntity.ok().eTag(etag(saved.version()))
                .body(new Replaced(saved.id(), saved.status(), saved.version()));
    }

    private long expectedVersion(long id, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PreconditionException.required("error.report.if-match-required");
        }
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return reports.summary(id).version();
        }
        String digits = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
        if (!digits.matches("[0-9]{1,18}")) {
            throw new InvalidInputException(List.of(FieldProblem.of("If-Match", "error.report.if-match-invalid",
                    value)));
        }
        return Long.parseLong(digits);
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * A page of the reports the caller may see ({@code page} from 0, {@code size} 1 to 500, 50
     * unless given), paged in the database; {@code X-Total-Count} tells how many match in all.
     */
    @GetMapping
    ResponseEntity<List<ListItem>> list(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) ReportStatus status, @RequestParam(required = false) ReportKind kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
        ReportPage found = reports.page(year, status, kind, page, size);
        ReportDueDates source = dueDates.getIfAvailable();
        Map<Long, LocalDate> due = source == null || found.items().isEmpty() ? Map.of()
                : source.of(found.items().stream().map(ReportSummary::id).toList());
        List<ListItem> items = found.items().stream()
                .map(r -> new ListItem(r.id(), r.department(), r.year(), r.kind(),
                        r.project().isEmpty() ? null : r.project(), r.status(), r.round(),
                        due.containsKey(r.id()) ? due.get(r.id()).toString() : null, r.updatedAt()))
                .toList();
        return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(found.total())).body(items);
    }

    @GetMapping("/{id}/history")
    List<HistoryItem> history(@PathVariable long id) {
        return reports.history(id).stream().map(ReportApi::item).toList();
    }

    private static HistoryItem item(ReportHistoryEntry e) {
        return new HistoryItem(e.at(), e.user(), e.action().name(), e.fromStatus(), e.toStatus(), e.comment(),
                e.otherUser(), e.note() == null ? null : e.note().name());
    }
}
