package cn.perfeval.audit;

import cn.perfeval.base.Formats;
import cn.perfeval.base.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit lines that match a filter as an .xlsx workbook, page by page so memory stays flat. */
@Service
public class AuditExport {

    private static final int PAGE = 1_000;
    private static final String[] COLUMNS = {"seq", "at", "user", "address", "event", "object", "outcome", "detail"};

    private final AuditLog log;
    private final Messages messages;

    AuditExport(AuditLog log, Messages messages) {
        this.log = log;
        this.messages = messages;
    }

    @PreAuthorize("hasRole('AUDITOR')")
    @Transactional(readOnly = true)
    public void write(AuditFilter filter, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(messages.get("audit.sheet", locale));
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                header.createCell(c).setCellValue(messages.get("audit.column." + COLUMNS[c], locale));
            }
            int rowIndex = 1;
            for (int offset = 0;; offset += PAGE) {
                List<AuditRecord> page = log.search(filter, offset, PAGE);
                for (AuditRecord r : page) {
                    Row row = sheet.createRow(rowIndex++);
                    if (r.seq() != null) {
                        row.createCell(0).setCellValue(r.seq());
                    }
                    row.createCell(1).setCellValue(Formats.timestamp(r.at()));
                    row.createCell(2).setCellValue(nullToEmpty(r.user()));
                    row.createCell(3).setCellValue(nullToEmpty(r.sourceAddress()));
                    row.createCell(4).setCellValue(r.event());
                    row.createCell(5).setCellValue(nullToEmpty(r.object()));
                    row.createCell(6).setCellValue(r.outcome());
                    row.createCell(7).setCellValue(nullToEmpty(r.detail()));
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            workbook.write(out);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
