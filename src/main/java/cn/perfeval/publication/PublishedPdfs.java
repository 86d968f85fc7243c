package cn.perfeval.publication;

import cn.perfeval.report.Events.ReportStatusChanged;
import cn.perfeval.report.ReportDetails;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored PDFs of the published reports. A report's PDF is printed once, in the transaction
 * that publishes it, and kept with the SHA-256 of its bytes; the public is served those bytes.
 * A report published before the store existed is printed at its first request and stored then.
 * A report leaving publication loses its PDF; publishing it again prints it anew.
 */
@Component
class PublishedPdfs {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedPdfs.class);

    private final PublishedPdfRepository stored;
    private final ReportService reports;
    private final ReportPdf pdf;
    private final Clock clock;
    private final TransactionTemplate read;
    private final TransactionTemplate write;
    private final Counter renders;

    PublishedPdfs(PublishedPdfRepository stored, ReportService reports, ReportPdf pdf, Clock clock,
            PlatformTransactionManager transactions, MeterRegistry registry) {
        this.stored = stored;
        this.reports = reports;
        this.pdf = pdf;
        this.clock = clock;
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
        this.write = new TransactionTemplate(transactions);
        this.write.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.renders = Counter.builder("perfeval.public.pdf.renders")
                .description("Public PDFs printed (at publication, or at the first request of an older one)")
                .register(registry);
    }

    /** A stored PDF: the title the file is named after, its bytes and their SHA-256. */
    record Stored(String title, byte[] content, String hash) {
    }

    /** The published report's PDF as stored, printed and stored first where it is not yet. */
    Stored of(long reportId) {
        Optional<Stored> found = read.execute(status -> stored.findByReportId(reportId).map(PublishedPdfs::stored));
        if (found.isPresent()) {
            return found.get();
        }
        ReportDetails details = reports.publishedDetails(reportId); // 404 unless published
        Stored printed = print(details);
        try {
            write.executeWithoutResult(status -> stored.saveAndFlush(
                    new PublishedPdf(reportId, printed.title(), printed.content(), printed.hash(), clock.instant())));
        } catch (DataIntegrityViolationException e) {
            // Another request (or node) stored it meanwhile: serve what is stored, which is what the others get.
            return read.execute(status -> stored.findByReportId(reportId).map(PublishedPdfs::stored)).orElse(printed);
        }
        return printed;
    }

    /**
     * Prints the PDF when a report is published, in the same transaction, so that what is
     * published and its PDF are committed together; drops it when a report leaves publication.
     */
    @EventListener
    void on(ReportStatusChanged e) {
        if (e.to() == ReportStatus.PUBLISHED) {
            ReportDetails details = reports.publishedDetails(e.reportId());
            Stored printed;
            try {
                printed = print(details);
            } catch (RuntimeException failure) {
                // The publication stands; the PDF is printed at its first request instead.
                LOG.warn("Could not print the PDF of report {} at publication", e.reportId(), failure);
                stored.deleteByReport(e.reportId());
                return;
            }
            PublishedPdf row = stored.findByReportId(e.reportId()).orElse(null);
            if (row == null) {
                stored.save(new PublishedPdf(e.reportId(), printed.title(), printed.content(), printed.hash(),
                        clock.instant()));
            } else {
                row.replace(printed.title(), printed.content(), printed.hash(), clock.instant());
            }
        } else if (e.from() == ReportStatus.PUBLISHED) {
            stored.deleteByReport(e.reportId());
        }
    }

    private Stored print(ReportDetails details) {
        String title = ReportHtml.title(details);
        byte[] content = pdf.render(ReportHtml.document(details, pdf.css()), title);
        renders.increment();
        return new Stored(title, content, sha256(content));
    }

    private static Stored stored(PublishedPdf row) {
        return new Stored(row.getTitle(), row.getContent(), row.getContentHash());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
