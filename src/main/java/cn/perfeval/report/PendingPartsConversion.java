package cn.perfeval.report;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the parts that earlier versions kept as JSON in {@code report.pending_parts} into their
 * own tables, once, when the application starts (after the migrations, before it serves anyone).
 * A report converted has its column cleared, so a second start finds nothing to do.
 */
@Component
class PendingPartsConversion implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PendingPartsConversion.class);

    private final ReportRepository reports;
    private final ReportDocuments documents;
    private final TransactionTemplate transaction;

    PendingPartsConversion(ReportRepository reports, ReportDocuments documents, PlatformTransactionManager transactions) {
        this.reports = reports;
        this.documents = documents;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        int converted = convertAll();
        if (converted > 0) {
            log.info("Moved the parts of {} reports from pending_parts into their tables", converted);
        }
    }

    /** Converts every report that still has parts as JSON; returns how many there were. */
    int convertAll() {
        Integer converted = transaction.execute(status -> {
            List<Report> found = reports.findByPendingPartsIsNotNull();
            found.forEach(documents::convertPending);
            reports.flush();
            return found.size();
        });
        return converted == null ? 0 : converted;
    }
}
