package cn.perfeval.publication;

import cn.perfeval.report.ReportDetails;
import cn.perfeval.report.ReportService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Published reports as the public reads them: the standard outline as HTML for the page, and the
 * same HTML printed to PDF. Any report that is not published is not found here.
 */
@Service
public class PublishedReports {

    private final ReportService reports;
    private final PublishedPdfs pdfs;

    PublishedReports(ReportService reports, PublishedPdfs pdfs) {
        this.reports = reports;
        this.pdfs = pdfs;
    }

    /** A published report's page: its title and the outline as one {@code <article>} element. */
    public record Page(long id, String title, String html) {
    }

    /**
     * A published report as a PDF file with the name it is downloaded under and the SHA-256 of its
     * bytes (hex), which names this version of the file.
     */
    public record PdfFile(String filename, byte[] content, String hash) {
    }

    @PreAuthorize("permitAll()")
    public Page page(long id) {
        ReportDetails details = reports.publishedDetails(id);
        return new Page(id, ReportHtml.title(details), ReportHtml.article(details));
    }

    /**
     * How a report the caller may see will read on the public page once published: the same
     * outline, shown before the step that publishes it.
     */
    @PreAuthorize("isAuthenticated()")
    public Page preview(long id) {
        ReportDetails details = reports.details(id);
        return new Page(id, ReportHtml.title(details), ReportHtml.article(details));
    }

    /**
     * The PDF as printed when the report was published (stored then; a report published before the
     * store existed is printed at its first request and stored); not found unless published.
     */
    @PreAuthorize("permitAll()")
    public PdfFile pdf(long id) {
        PublishedPdfs.Stored file = pdfs.of(id);
        return new PdfFile(file.title() + ".pdf", file.content(), file.hash());
    }
}
