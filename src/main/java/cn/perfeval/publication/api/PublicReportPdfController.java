package cn.perfeval.publication.api;

import cn.perfeval.publication.PublishedReports;
import cn.perfeval.publication.PublishedReports.PdfFile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The PDF of a published report, for anyone without login; any other report is a 404 problem
 * (see {@code base.api.ApiExceptionHandler}). The file is the one stored at publication, with its
 * SHA-256 as a strong {@code ETag}: a matching {@code If-None-Match} is answered 304 without a body.
 */
@RestController
class PublicReportPdfController {

    /**
     * Shared caches may keep the file ten minutes, then ask again with {@code If-None-Match}; the
     * stored file only changes when the report is published anew.
     */
    private static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

    private final PublishedReports published;

    PublicReportPdfController(PublishedReports published) {
        this.published = published;
    }

    @GetMapping("/public/reports/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        PdfFile file = published.pdf(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .eTag("\"" + file.hash() + "\"")
                .cacheControl(CACHING)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(id, file.filename()))
                .body(file.content());
    }

    /** An ASCII name for old clients and the Chinese name as RFC 5987 {@code filename*}. */
    static String contentDisposition(long id, String filename) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"report-" + id + ".pdf\"; filename*=UTF-8''" + encoded;
    }
}
