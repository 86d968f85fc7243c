package cn.perfeval.report.api;

import cn.perfeval.base.api.HeavyUpload;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import cn.perfeval.report.ReportWorkbooks;
import cn.perfeval.report.ReportWorkbooks.TablesFile;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/reports/{id}/tables.xlsx}: the income, expenditure, indicator and budget execution
 * tables as an .xlsx workbook carrying the report's version (also its {@code ETag}). {@code GET} downloads it; {@code PUT}
 * with the workbook's bytes as the request body (not multipart) imports it into the report in
 * drafting, over {@code ?version=N} or, without it, over the version the workbook carries.
 */
@RestController
@RequestMapping("/api/reports/{id}/tables.xlsx")
class ReportWorkbookApi {

    private final ReportWorkbooks workbooks;

    ReportWorkbookApi(ReportWorkbooks workbooks) {
        this.workbooks = workbooks;
    }

    record Saved(long id, ReportStatus status, long version) {
    }

    @GetMapping
    ResponseEntity<byte[]> download(@PathVariable long id) {
        TablesFile file = workbooks.export(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ReportWorkbooks.CONTENT_TYPE))
                .eTag("\"" + file.version() + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build()
                                .toString())
                .body(file.content());
    }

    @PutMapping
    @HeavyUpload
    Saved upload(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestBody(required = false) byte[] content) {
        byte[] file = content == null ? new byte[0] : content;
        ReportSummary saved = version == null ? workbooks.importTables(id, file)
                : workbooks.importTables(id, version, file);
        return new Saved(saved.id(), saved.status(), saved.version());
    }
}
