package cn.perfeval.report.ui;

import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.base.ui.Uploads;
import cn.perfeval.report.ReportWorkbooks;
import cn.perfeval.report.ReportWorkbooks.TablesFile;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.function.LongSupplier;

/**
 * The report's tables as an Excel workbook: a link that downloads the income, expenditure and
 * indicator tables as .xlsx and, while the report is being drafted, an upload that imports a
 * workbook of that layout back. The upload shows its progress; a refused workbook is reported
 * with every failed row, and after a successful import the page reloads the report.
 */
public class TablesWorkbookPanel extends HorizontalLayout {

    /** Largest workbook the upload takes; a table workbook is a few tens of kilobytes. */
    static final int MAX_FILE_SIZE = 5 * 1024 * 1024;

    private final Span status = new Span();
    private volatile boolean finished;

    /**
     * The download link and the upload.
     *
     * @param version the report's version as the page loaded it (the import's optimistic lock)
     * @param onImported called after a successful import, to reload the page
     */
    public TablesWorkbookPanel(ReportWorkbooks workbooks, long reportId, LongSupplier version, Runnable onImported) {
        this(workbooks, reportId);
        Upload upload = new Upload();
        Uploads.single(upload, this, "workbook.upload");
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            finished = true;
            status.setText("");
            try {
                workbooks.importTables(reportId, version.getAsLong(), bytes);
                Notifications.success(getTranslation("workbook.imported", metadata.fileName()));
                onImported.run();
            } catch (PerfevalException e) {
                Notifications.error(e);
            } finally {
                upload.clearFileList();
            }
        }).whenStart(() -> {
            // The progress listeners and the result may reach the UI in either order.
            finished = false;
            ui.access(() -> status.setText(finished ? "" : getTranslation("workbook.importing")));
        }).whenComplete(success -> ui.access(() -> {
            if (!success) {
                status.setText("");
            }
        })));
        upload.setAcceptedFileTypes(ReportWorkbooks.CONTENT_TYPE, ".xlsx");
        upload.setMaxFileSize(MAX_FILE_SIZE);
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.setId("tables-upload");
        status.setId("tables-status");
        Span hint = new Span(getTranslation("workbook.hint"));
        hint.addClassNames("text-secondary");
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(upload, status, hint);
    }

    /** Only the download link, for a report the user reads. */
    public static TablesWorkbookPanel downloadOnly(ReportWorkbooks workbooks, long reportId) {
        return new TablesWorkbookPanel(workbooks, reportId);
    }

    private TablesWorkbookPanel(ReportWorkbooks workbooks, long reportId) {
        setId("tables-workbook");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                TablesFile file = workbooks.export(reportId);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        ReportWorkbooks.CONTENT_TYPE, file.content().length);
            } catch (PerfevalException e) {
                return DownloadResponse.error(404);
            }
        }), "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("workbook.download")));
        download.setId("tables-download");
        add(download);
    }
}
