package cn.perfeval.report.ui;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.report.DocumentPlaces;
import cn.perfeval.report.ReportDocument;
import cn.perfeval.report.ReportExport;
import cn.perfeval.report.ReportService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report's JSON document (report-format.md) as a file on screens: a link that downloads the
 * stored document, an upload button for one JSON file, and reading a file into a document with
 * every problem named by its field.
 */
public final class ReportFiles {

    /** The largest JSON file accepted, in bytes. */
    public static final int MAX_FILE_SIZE = 4 * 1024 * 1024;

    private ReportFiles() {
    }

    /**
     * A link that downloads the report as stored, as {@code report-<id>.json}, in the unit it came in,
     * naming the approved declaration version it is checked against ({@code approvedTargets}) where there is one.
     */
    public static Anchor downloadLink(ReportService reports, JsonMapper json, long id, String label) {
        Anchor link = new Anchor((DownloadHandler) download -> {
            var body = ReportExport.of(json, reports.export(id), reports.checkedAgainst(id));
            download.setFileName("report-" + id + ".json");
            download.setContentType("application/json;charset=UTF-8");
            json.writerWithDefaultPrettyPrinter().writeValue(download.getOutputStream(), body);
        }, label);
        link.setId("download-json");
        return link;
    }

    /**
     * An upload of one JSON file: {@code onFile} gets its name and bytes, under the UI's lock, and
     * must show what became of it.
     */
    public static Upload upload(String id, String buttonText, BiConsumer<String, byte[]> onFile) {
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            onFile.accept(metadata.fileName(), bytes);
            upload.clearFileList();
        }));
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_SIZE);
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(buttonText, VaadinIcon.UPLOAD_ALT.create()));
        return upload;
    }

    /**
     * Reads a file as a report document. A file that is not JSON, or whose field has a value of
     * the wrong kind, is refused with that field named and where in the file it is.
     */
    public static ReportDocument read(JsonMapper json, byte[] bytes) {
        try {
            ReportDocument doc = json.readValue(bytes, ReportDocument.class);
            if (doc == null) {
                throw new InvalidInputException(List.of(FieldProblem.of("(document)", "error.json.malformed", "",
                        "1:1")));
            }
            return doc;
        } catch (DatabindException e) {
            String field = path(e);
            LocalizedMessage place = DocumentPlaces.of(field, null);
            throw new InvalidInputException(List.of(place == null
                    ? FieldProblem.of(field.isEmpty() ? "(document)" : field, "problem.json.wrong-type.somewhere",
                            where(e))
                    : FieldProblem.of(field, "problem.json.wrong-type", where(e)).at(place)));
        } catch (JacksonException e) {
            throw new InvalidInputException(List.of(FieldProblem.of("(document)", "error.json.malformed", "",
                    where(e))));
        }
    }

    private static String where(JacksonException e) {
        return e.getLocation() == null ? "" : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
