package cn.perfeval.monitoring.api;

import cn.perfeval.base.Messages;
import cn.perfeval.checks.FindingDetail;
import cn.perfeval.monitoring.MonitoringDocument;
import cn.perfeval.monitoring.MonitoringReportInfo;
import cn.perfeval.monitoring.MonitoringRoundInfo;
import cn.perfeval.monitoring.MonitoringService;
import cn.perfeval.monitoring.MonitoringStatus;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/monitoring}: monitoring rounds (opened by the administrator) and the departments'
 * monitoring reports in them, with their findings (docs/monitoring.md).
 */
@RestController
@RequestMapping("/api/monitoring/rounds")
class MonitoringApi {

    private final MonitoringService monitoring;
    private final Messages messages;

    MonitoringApi(MonitoringService monitoring, Messages messages) {
        this.monitoring = monitoring;
        this.messages = messages;
    }

    /** A round to open: the year, its name, the cut-off date and, optionally, the due date. */
    record NewRound(Integer year, String name, LocalDate cutOff, LocalDate dueDate) {
    }

    record Created(long id, MonitoringStatus status) {
    }

    /** A report with its document (in the unit it came in) and its findings in the caller's language. */
    record ReportView(long id, long roundId, String department, String project, MonitoringStatus status,
            long version, Instant draftedAt, String draftedBy, Instant submittedAt, String submittedBy,
            MonitoringDocument document, List<FindingDetail.View> findings) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MonitoringRoundInfo> open(@RequestBody NewRound round) {
        MonitoringRoundInfo opened = monitoring.openRound(round.year() == null ? 0 : round.year(), round.name(),
                round.cutOff(), round.dueDate());
        return ResponseEntity.created(URI.create("/api/monitoring/rounds/" + opened.id())).body(opened);
    }

    @GetMapping
    List<MonitoringRoundInfo> rounds() {
        return monitoring.rounds();
    }

    /**
     * Stores the drafter's monitoring report: 201 with its id when new, 200 when it replaced the
     * department's earlier report of the same round and project (which is then a draft again).
     */
    @PostMapping("/{roundId}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> draft(@PathVariable long roundId, @RequestBody MonitoringDocument document) {
        MonitoringService.Drafted drafted = monitoring.draft(roundId, document);
        Created body = new Created(drafted.report().id(), drafted.report().status());
        URI location = URI.create("/api/monitoring/rounds/" + roundId + "/reports/" + drafted.report().id());
        return drafted.created() ? ResponseEntity.created(location).body(body)
                : ResponseEntity.ok().location(location).body(body);
    }

    @GetMapping("/{roundId}/reports/{id}")
    ReportView report(@PathVariable long roundId, @PathVariable long id, Locale locale) {
        return view(monitoring.report(roundId, id), locale);
    }

    /** Submits the report: 409 naming the ERROR findings while any stands. */
    @PostMapping("/{roundId}/reports/{id}/submit")
    ReportView submit(@PathVariable long roundId, @PathVariable long id, Locale locale) {
        return view(monitoring.submit(roundId, id), locale);
    }

    private ReportView view(MonitoringReportInfo r, Locale locale) {
        return new ReportView(r.id(), r.roundId(), r.department(), r.project().isEmpty() ? null : r.project(),
                r.status(), r.version(), r.draftedAt(), r.draftedBy(), r.submittedAt(), r.submittedBy(), r.document(),
                r.findings().stream().map(f -> new FindingDetail(f).resolve(m -> messages.resolve(m, locale)))
                        .toList());
    }
}
