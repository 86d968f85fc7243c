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
    private final ReportPdf pdf;

    PublishedReports(ReportService reports, ReportPdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    /** A published report's page: its title and the outline as one {@code <article>} element. */
    public record Page(long id, String title, String html) {
    }

    /** A published report as a PDF file with the name it is downloaded under. */
    public record PdfFile(String filename, byte[] content) {
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

    @PreAuthorize("permitAll()")
    public PdfFile pdf(long id) {
        ReportDetails details = reports.publishedDetails(id);
        String title = ReportHtml.title(details);
        byte[] content = pdf.render(ReportHtml.document(details, pdf.css()), title);
        return new PdfFile(title + ".pdf", content);
    }
}
