package cn.perfeval.publication;

import cn.perfeval.report.Events.ReportStatusChanged;
import cn.perfeval.report.ReportDetails;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import io.micrometer.core.instrument.Counter;
import jakarta.annotation.PreDestroy;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stored PDFs of the published reports. A report's PDF is printed once, just after the
 * transaction that publishes it commits (on a printing thread of its own, so that the publishing
 * user does not wait for it), and kept with the SHA-256 of its bytes; the public is served those
 * bytes. A request that comes before the print is stored (or for a report published before the
 * store existed) prints it and stores it then; whichever stores first is what everyone gets. A
 * report leaving publication loses its PDF in the transaction that takes it back, and so does a
 * report being published again; publishing it prints it anew.
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
    /** Prints the PDFs of new publications one after the other, after their transactions commit. */
    private final ExecutorService printing = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("public-pdf-printing").daemon(true).factory());

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
     * When a report is published: drops any PDF stored for it (in the publishing transaction, so
     * that nothing older is served) and prints the new one once that transaction has committed.
     * When a report leaves publication: drops its PDF in the same transaction.
     */
    @EventListener
    void on(ReportStatusChanged e) {
        if (e.to() == ReportStatus.PUBLISHED && e.from() != ReportStatus.PUBLISHED) {
            stored.deleteByReport(e.reportId());
            long reportId = e.reportId();
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        printing.execute(() -> printAndStore(reportId));
                    }
                });
            } else {
                printing.execute(() -> printAndStore(reportId));
            }
        } else if (e.from() == ReportStatus.PUBLISHED && e.to() != ReportStatus.PUBLISHED) {
            stored.deleteByReport(e.reportId());
        }
    }

    /**
     * Prints a just published report's PDF and stores it, unless a request stored it first or the
     * report is no longer published; a failure leaves the print to the first request.
     */
    private void printAndStore(long reportId) {
        try {
            if (read.execute(status -> stored.findByReportId(reportId).isPresent())) {
                return;
            }
            Stored printed = print(reports.publishedDetails(reportId));
            write.executeWithoutResult(status -> {
                reports.publishedDetails(reportId); // still published: else nothing is stored
                stored.saveAndFlush(new PublishedPdf(reportId, printed.title(), printed.content(), printed.hash(),
                        clock.instant()));
            });
        } catch (DataIntegrityViolationException e) {
            // A request printed and stored it meanwhile: that one is served.
        } catch (RuntimeException failure) {
            LOG.warn("Could not print the PDF of report {} after its publication; it is printed at its first request",
                    reportId, failure);
        }
    }

    /** Waits until the PDFs of the publications committed so far are printed and stored (or given up). */
    void awaitPrinted() {
        try {
            printing.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stopPrinting() {
        printing.shutdownNow();
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
