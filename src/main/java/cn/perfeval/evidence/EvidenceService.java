package cn.perfeval.evidence;

import cn.perfeval.base.ActionRefusedException;
import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.base.LocalizedMessage;
import cn.perfeval.base.NotFoundException;
import cn.perfeval.evidence.EvidenceEvents.EvidenceAdded;
import cn.perfeval.evidence.EvidenceEvents.EvidenceRemoved;
import cn.perfeval.identity.CurrentUser;
import cn.perfeval.identity.UserScope;
import cn.perfeval.report.ReportService;
import cn.perfeval.report.ReportStatus;
import cn.perfeval.report.ReportSummary;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence files of a report. Everyone who may see the report lists and downloads them; its
 * drafter uploads and deletes them while the report is in drafting. A file is accepted by its
 * content, never by its name alone: PDF, PNG, JPEG, GIF, WebP, Excel and Word, with a name whose
 * extension agrees, up to {@code perfeval.evidence.max-size}. A report outside the caller's scope,
 * and so its files, does not exist for the caller.
 */
@Service
@Transactional
public class EvidenceService {

    static final int MAX_NAME = 255;
    static final int MAX_NOTE = 500;

    private final EvidenceFileRepository files;
    private final EvidenceChunkRepository chunks;
    private final ReportService reports;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final long maxSize;

    EvidenceService(EvidenceFileRepository files, EvidenceChunkRepository chunks, ReportService reports,
            CurrentUser currentUser, ApplicationEventPublisher publisher, Clock clock, EvidenceProperties properties) {
        this.files = files;
        this.chunks = chunks;
        this.reports = reports;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
        this.maxSize = properties.maxSize().toBytes();
    }

    /** The largest file accepted, in bytes. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long maxSize() {
        return maxSize;
    }

    /** The extensions of the accepted kinds, with their dots ({@code .pdf}, {@code .xlsx}, ...). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> acceptedExtensions() {
        return EvidenceType.acceptedExtensions();
    }

    /** The report's files, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EvidenceInfo> list(long reportId) {
        reports.summary(reportId);
        return files.listOf(reportId);
    }

    /** One file of the report with its bytes. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EvidenceDownload download(long reportId, long fileId) {
        reports.summary(reportId);
        EvidenceInfo info = files.infoOf(reportId, fileId)
                .orElseThrow(() -> new NotFoundException("evidence.not-found", fileId));
        byte[] content = new byte[Math.toIntExact(info.size())];
        int at = 0;
        for (byte[] part : chunks.contentOf(fileId)) {
            System.arraycopy(part, 0, content, at, part.length);
            at += part.length;
        }
        if (at != content.length) {
            throw new IllegalStateException("Evidence file " + fileId + " has " + at + " of " + content.length + " bytes");
        }
        return new EvidenceDownload(info, content);
    }

    /**
     * Attaches a file to the report, in drafting, for its drafter. Refused with the reason (field
     * {@code file}) when it is empty, larger than the limit, not of an accepted kind by its
     * content, or named with an extension that does not agree with the content.
     */
    @PreAuthorize("hasRole('DRAFTER')")
    public EvidenceInfo upload(long reportId, String fileName, byte[] content, String note) {
        ReportSummary report = editable(reportId);
        String name = cleanName(fileName);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (name.isEmpty()) {
            problems.add(FieldProblem.of("file", "evidence.name.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(FieldProblem.of("file", "evidence.name.too-long", MAX_NAME));
        }
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            problems.add(FieldProblem.of("note", "doc.text.too-long", MAX_NOTE));
        }
        Optional<EvidenceType> type = Optional.empty();
        if (content == null || content.length == 0) {
            problems.add(FieldProblem.of("file", "evidence.empty", name));
        } else if (content.length > maxSize) {
            problems.add(FieldProblem.of("file", "evidence.too-large", name, megabytes(content.length),
                    megabytes(maxSize)));
        } else {
            type = EvidenceType.of(content);
            String extension = EvidenceType.extensionOf(name);
            if (type.isEmpty()) {
                problems.add(FieldProblem.of("file", EvidenceType.isExecutable(content) ? "evidence.type.executable"
                        : "evidence.type.refused", name));
            } else if (!type.get().hasExtension(extension)) {
                problems.add(FieldProblem.of("file", "evidence.type.mismatch", name,
                        extension.isEmpty() ? "—" : "." + extension, type.get().label()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String user = currentUser.require().username();
        EvidenceFile saved = files.saveAndFlush(new EvidenceFile(reportId, name, type.orElseThrow().contentType(),
                content.length, sha256(content), user, clock.instant(), report.round(), cleanNote));
        for (int from = 0, number = 0; from < content.length; from += EvidenceChunk.SIZE, number++) {
            chunks.save(new EvidenceChunk(saved.getId(), number,
                    Arrays.copyOfRange(content, from, Math.min(content.length, from + EvidenceChunk.SIZE))));
        }
        EvidenceInfo info = saved.info();
        publisher.publishEvent(new EvidenceAdded(reportId, report.round(), info.id(), name, info.sha256(), user));
        return info;
    }

    /** Removes a file from the report, in drafting, for its drafter. */
    @PreAuthorize("hasRole('DRAFTER')")
    public void delete(long reportId, long fileId) {
        ReportSummary report = editable(reportId);
        EvidenceInfo info = files.infoOf(reportId, fileId)
                .orElseThrow(() -> new NotFoundException("evidence.not-found", fileId));
        chunks.deleteOf(fileId);
        files.deleteById(fileId);
        publisher.publishEvent(new EvidenceRemoved(reportId, report.round(), fileId, info.fileName(),
                currentUser.require().username()));
    }

    /** The report, when the caller drafts it and it is in drafting. */
    private ReportSummary editable(long reportId) {
        ReportSummary report = reports.summary(reportId);
        UserScope user = currentUser.require();
        if (!user.belongsTo(report.departmentId())) {
            throw new NotFoundException("error.report.not-found", reportId);
        }
        if (report.status() != ReportStatus.DRAFTING) {
            throw new ActionRefusedException("evidence.not-editable",
                    new LocalizedMessage("status." + report.status().name()));
        }
        return report;
    }

    /** The name without any path a browser may send, control characters or surrounding space. */
    static String cleanName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return name.replaceAll("\\p{Cntrl}", "").strip();
    }

    private static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1024 * 1024), 1,
                java.math.RoundingMode.UP).stripTrailingZeros().toPlainString();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
