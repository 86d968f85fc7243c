package cn.perfeval.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The kinds of file accepted as evidence, each recognised by its content: the signature at the
 * start of the file and, for the Office formats, the parts inside the package (.xlsx and .docx are
 * ZIP packages with {@code [Content_Types].xml} and {@code xl/} or {@code word/}; .xls and .doc are
 * OLE2 compound files with a {@code Workbook} or {@code WordDocument} stream). The name's
 * extension must agree with what the content is.
 */
enum EvidenceType {
    PDF("PDF", "application/pdf", "pdf"),
    PNG("PNG", "image/png", "png"),
    JPEG("JPEG", "image/jpeg", "jpg", "jpeg"),
    GIF("GIF", "image/gif", "gif"),
    WEBP("WebP", "image/webp", "webp"),
    XLSX("Excel (.xlsx)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    XLS("Excel (.xls)", "application/vnd.ms-excel", "xls"),
    DOCX("Word (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    DOC("Word (.doc)", "application/msword", "doc");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] OLE2_SIGNATURE = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1,
        (byte) 0xb1, 0x1a, (byte) 0xe1};
    private static final int ZIP_END_RECORD = 0x06054b50;
    private static final int ZIP_CENTRAL_ENTRY = 0x02014b50;
    private static final int ZIP_END_LENGTH = 22;
    private static final int ZIP_ENTRY_LENGTH = 46;

    private final String label;
    private final String contentType;
    private final List<String> extensions;

    EvidenceType(String label, String contentType, String... extensions) {
        this.label = label;
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    /** The name shown to users, e.g. {@code Word (.docx)}. */
    String label() {
        return label;
    }

    String contentType() {
        return contentType;
    }

    boolean hasExtension(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** The extension of a file name, without the dot; empty when it has none. */
    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1);
    }

    /** All the extensions accepted, with their dots, for an upload's file chooser. */
    static List<String> acceptedExtensions() {
        return Arrays.stream(values()).flatMap(t -> t.extensions.stream()).map(e -> "." + e).toList();
    }

    /** What the content is, if it is one of the accepted kinds. */
    static Optional<EvidenceType> of(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (content.length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(GIF);
        }
        if (content.length > 12 && startsWith(content, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && new String(content, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return officePackage(zipEntryNames(content));
        }
        if (startsWith(content, OLE2_SIGNATURE)) {
            return compoundFile(content);
        }
        return Optional.empty();
    }

    /** Whether the content is a program (Windows PE, ELF, a script with {@code #!}). */
    static boolean isExecutable(byte[] content) {
        return startsWith(content, new byte[] {'M', 'Z'}) || startsWith(content, new byte[] {0x7f, 'E', 'L', 'F'})
                || startsWith(content, new byte[] {'#', '!'});
    }

    private static Optional<EvidenceType> officePackage(List<String> names) {
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            return Optional.of(XLSX);
        }
        if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    private static Optional<EvidenceType> compoundFile(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return Optional.of(XLS);
            }
            if (root.hasEntry("WordDocument")) {
                return Optional.of(DOC);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The entry names of a ZIP file, read from its central directory without inflating anything;
     * empty when the file has no readable central directory (cut off, or not a ZIP file).
     */
    static List<String> zipEntryNames(byte[] zip) {
        int end = -1;
        for (int p = zip.length - ZIP_END_LENGTH; p >= Math.max(0, zip.length - ZIP_END_LENGTH - 0xffff); p--) {
            if (int32(zip, p) == ZIP_END_RECORD) {
                end = p;
                break;
            }
        }
        if (end < 0) {
            return List.of();
        }
        int entries = int16(zip, end + 10);
        long offset = int32(zip, end + 16) & 0xffffffffL;
        List<String> names = new ArrayList<>();
        int p = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < entries; i++) {
            if (p < 0 || p + ZIP_ENTRY_LENGTH > zip.length || int32(zip, p) != ZIP_CENTRAL_ENTRY) {
                return List.of();
            }
            int nameLength = int16(zip, p + 28);
            int extraLength = int16(zip, p + 30);
            int commentLength = int16(zip, p + 32);
            if (p + ZIP_ENTRY_LENGTH + nameLength > zip.length) {
                return List.of();
            }
            names.add(new String(zip, p + ZIP_ENTRY_LENGTH, nameLength, StandardCharsets.UTF_8));
            p += ZIP_ENTRY_LENGTH + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
