package cn.perfeval.evidence.ui;

import cn.perfeval.base.Formats;
import cn.perfeval.base.PerfevalException;
import cn.perfeval.base.ui.Notifications;
import cn.perfeval.base.ui.Uploads;
import cn.perfeval.evidence.EvidenceDownload;
import cn.perfeval.evidence.EvidenceInfo;
import cn.perfeval.evidence.EvidenceService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A report's evidence files (佐证材料): each with its download link, size, who uploaded it when
 * and its note. While the report is being drafted, its drafter uploads files (with progress, and
 * the reason when one is refused) and deletes them after a confirmation.
 */
public class EvidencePanel extends VerticalLayout {

    private final EvidenceService evidence;
    private final long reportId;
    private final boolean editable;
    private final Grid<EvidenceInfo> grid = new Grid<>();
    private final Span empty = new Span();
    private final TextField note = new TextField();
    private final Span status = new Span();
    private volatile boolean finished;

    /**
     * @param editable whether the user may upload and delete (the drafter, while drafting); the
     *     service refuses anyway when not
     */
    public EvidencePanel(EvidenceService evidence, long reportId, boolean editable) {
        this.evidence = evidence;
        this.reportId = reportId;
        this.editable = editable;
        setId("evidence");
        setPadding(false);
        setSpacing(false);
        add(new H3(getTranslation("evidence.title")));
        empty.setText(getTranslation("evidence.none"));
        empty.setId("evidence-empty");
        grid.setId("evidence-files");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addComponentColumn(this::downloadLink).setHeader(getTranslation("evidence.column.file"))
                .setFlexGrow(3);
        grid.addColumn(f -> size(f.size())).setHeader(getTranslation("evidence.column.size")).setAutoWidth(true);
        grid.addColumn(EvidenceInfo::uploadedBy).setHeader(getTranslation("evidence.column.by")).setAutoWidth(true);
        grid.addColumn(f -> Formats.dateTime(f.uploadedAt())).setHeader(getTranslation("evidence.column.at"))
                .setAutoWidth(true);
        grid.addColumn(EvidenceInfo::note).setHeader(getTranslation("evidence.column.note")).setFlexGrow(2);
        if (editable) {
            grid.addComponentColumn(this::deleteButton).setAutoWidth(true).setFlexGrow(0);
        }
        add(empty, grid);
        if (editable) {
            add(uploadBar());
        }
        refresh();
    }

    private VerticalLayout uploadBar() {
        note.setId("evidence-note");
        note.setPlaceholder(getTranslation("evidence.note.placeholder"));
        note.setMaxLength(500);
        note.setWidth("20em");
        Upload upload = new Upload();
        Uploads.single(upload, this, "evidence.upload");
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            finished = true;
            status.setText("");
            try {
                EvidenceInfo saved = evidence.upload(reportId, metadata.fileName(), bytes, note.getValue());
                Notifications.success(getTranslation("evidence.uploaded", saved.fileName()));
                note.clear();
                refresh();
            } catch (PerfevalException e) {
                Notifications.error(e);
            } finally {
                upload.clearFileList();
            }
        }).whenStart(() -> {
            // The progress listeners and the result may reach the UI in either order.
            finished = false;
            ui.access(() -> status.setText(finished ? "" : getTranslation("evidence.uploading")));
        }).whenComplete(success -> ui.access(() -> {
            if (!success) {
                status.setText("");
            }
        })));
        List<String> extensions = evidence.acceptedExtensions();
        upload.setAcceptedFileTypes(extensions.toArray(String[]::new));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, evidence.maxSize()));
        upload.addFileRejectedListener(e -> Notifications.error(e.getFileName() + "：" + e.getErrorMessage()));
        upload.setId("evidence-upload");
        status.setId("evidence-status");
        Span hint = new Span(getTranslation("evidence.hint", evidence.maxSize() / (1024 * 1024)));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout bar = new HorizontalLayout(note, upload, status);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        VerticalLayout box = new VerticalLayout(bar, hint);
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    /** Shows the files as they are stored now. */
    private void refresh() {
        List<EvidenceInfo> files = evidence.list(reportId);
        grid.setItems(files);
        grid.setVisible(!files.isEmpty());
        empty.setVisible(files.isEmpty());
    }

    private Anchor downloadLink(EvidenceInfo file) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                EvidenceDownload download = evidence.download(reportId, file.id());
                return new DownloadResponse(new ByteArrayInputStream(download.content()), download.info().fileName(),
                        download.info().contentType(), download.content().length);
            } catch (PerfevalException e) {
                return DownloadResponse.error(404);
            }
        }), file.fileName());
        link.setId("evidence-download-" + file.id());
        return link;
    }

    private Button deleteButton(EvidenceInfo file) {
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(file));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR, ButtonVariant.SMALL);
        delete.setAriaLabel(getTranslation("evidence.delete"));
        delete.setTooltipText(getTranslation("evidence.delete"));
        delete.setId("evidence-delete-" + file.id());
        return delete;
    }

    private void confirmDelete(EvidenceInfo file) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("evidence.delete"),
                getTranslation("evidence.delete.confirm", file.fileName()), getTranslation("evidence.delete"), e -> {
                    try {
                        evidence.delete(reportId, file.id());
                        Notifications.success(getTranslation("evidence.deleted", file.fileName()));
                    } catch (PerfevalException ex) {
                        Notifications.error(ex);
                    }
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("evidence.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("evidence-delete-confirm");
        dialog.open();
    }

    /** Whether the panel offers upload and delete. */
    public boolean isEditable() {
        return editable;
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
