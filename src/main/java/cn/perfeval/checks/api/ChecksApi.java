package cn.perfeval.checks.api;

import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.Messages;
import cn.perfeval.base.api.HeavyUpload;
import cn.perfeval.checks.CheckReport;
import cn.perfeval.checks.FindingDetail;
import cn.perfeval.checks.ReportChecks;
import cn.perfeval.report.ReportDocument;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/checks} (nothing stored) and {@code GET /api/reports/{id}/findings}. */
@RestController
class ChecksApi {

    private final ReportChecks checks;
    private final Messages messages;

    ChecksApi(ReportChecks checks, Messages messages) {
        this.checks = checks;
        this.messages = messages;
    }

    /** The score; {@code projects}: each project's own score, for a project or transfer-payment report. */
    record ScoreView(String total, String grade, List<ProjectScoreView> projects) {
    }

    record ProjectScoreView(String name, String total, String grade) {
    }

    record Answer(List<FindingDetail.View> findings, ScoreView score) {
    }

    @PostMapping("/api/checks")
    @HeavyUpload
    Answer check(@RequestBody ReportDocument document, Locale locale) {
        var refused = ReportDocument.refusedForChecks(document);
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return answer(checks.check(document), locale);
    }

    @GetMapping("/api/reports/{id}/findings")
    Answer findings(@PathVariable long id, Locale locale) {
        return answer(checks.checkReport(id), locale);
    }

    private Answer answer(CheckReport report, Locale locale) {
        return new Answer(report.findings().stream()
                .map(f -> new FindingDetail(f).resolve(m -> messages.resolve(m, locale))).toList(),
                report.score().map(s -> new ScoreView(s.total().toPlainString(), s.grade(), report.projectScores()
                        .stream().map(p -> new ProjectScoreView(p.project(), p.score().total().toPlainString(),
                                p.score().grade())).toList())).orElse(null));
    }
}
