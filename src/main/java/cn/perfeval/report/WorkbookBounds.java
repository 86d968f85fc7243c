package cn.perfeval.report;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Counts the rows and cells of every sheet of an .xlsx workbook by streaming its parts once,
 * before POI builds the workbook in memory, and refuses one beyond the limits with the sheet and
 * the limit named. The parts are unpacked through a counter: a part that unpacks more than POI's
 * own zip-bomb ratio allows, or a workbook that unpacks beyond {@link #MAX_UNPACKED_BYTES}, is
 * refused while it is read. The XML is read without DTDs or entities.
 *
 * <p>Limits (docs/operations.md): {@link CellReader#MAX_ROWS} rows a sheet (the last row's
 * number), {@link #MAX_CELLS_PER_SHEET} cells a sheet, {@link #MAX_CELLS} cells the workbook.
 */
final class WorkbookBounds {

    /** Cells a sheet may hold: 5,000 rows of 20 columns. */
    static final int MAX_CELLS_PER_SHEET = 100_000;
    /** Cells the whole workbook may hold. */
    static final int MAX_CELLS = 300_000;
    /** What the workbook's parts may unpack to together. */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    /** Parts smaller than this are not held to the ratio (POI's own grace size). */
    private static final long RATIO_GRACE_BYTES = 100 * 1024;
    /** The parts that name the sheets are kept up to this size to name a sheet in a refusal. */
    private static final int MAX_NAMING_PART_BYTES = 1024 * 1024;
    private static final String WORKBOOK_PART = "xl/workbook.xml";
    private static final String WORKBOOK_RELATIONS = "xl/_rels/workbook.xml.rels";

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XML.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    private WorkbookBounds() {
    }

    /** Why the counting stopped. */
    private record Excess(String part, String key, int limit) {
    }

    /**
     * Refuses (with an {@link InvalidInputException}) a workbook whose sheets hold too many rows
     * or cells, or that unpacks too far. A package that cannot be read as a zip passes unchanged:
     * POI then names what is wrong with it.
     */
    static void check(byte[] content) {
        Scan scan = new Scan();
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content))) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                scan.read(entry.getName(), new Guarded(zip, entry.getName(), scan));
            }
        } catch (TooFar e) {
            // recorded in scan.excess
        } catch (IOException | RuntimeException e) {
            if (scan.excess == null) {
                return; // not a readable package: POI says why
            }
        }
        if (scan.excess != null) {
            throw refusal(scan.excess, scan.sheetNames());
        }
    }

    private static InvalidInputException refusal(Excess excess, Map<String, String> names) {
        String sheet = names.getOrDefault(excess.part(), excess.part());
        return switch (excess.key()) {
            case "workbook.unpacked.too-large" -> new InvalidInputException(
                    List.of(FieldProblem.of("file", excess.key(), excess.limit())));
            case "workbook.compression" -> new InvalidInputException(
                    List.of(FieldProblem.of("file", excess.key(), excess.part(), excess.limit())));
            default -> new InvalidInputException(List.of(FieldProblem.of(sheet, excess.key(), sheet, excess.limit())));
        };
    }

    /** The state of one pass over the package. */
    private static final class Scan {
        byte[] workbook;
        byte[] relations;
        long unpacked;
        long cells;
        Excess excess;

        /** Stops the pass; the first excess found is the one reported. */
        TooFar stop(Excess found) {
            if (excess == null) {
                excess = found;
            }
            return new TooFar();
        }

        void read(String name, Guarded part) throws IOException {
            if (name.equals(WORKBOOK_PART) || name.equals(WORKBOOK_RELATIONS)) {
                byte[] kept = part.readAtMost(MAX_NAMING_PART_BYTES);
                if (name.equals(WORKBOOK_PART)) {
                    workbook = kept;
                } else {
                    relations = kept;
                }
            } else if (excess == null && name.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
                count(name, part);
            }
            part.drain();
        }

        /** Counts the rows and cells of a part that is a worksheet; any other XML part counts nothing. */
        private void count(String name, InputStream part) {
            long row = 0;
            long lastRow = 0;
            long sheetCells = 0;
            int depthInRow = -1;
            int depth = 0;
            try {
                XMLStreamReader xml = XML.createXMLStreamReader(part);
                try {
                    while (xml.hasNext()) {
                        int event = xml.next();
                        if (event == XMLStreamConstants.START_ELEMENT) {
                            depth++;
                            String local = xml.getLocalName();
                            if (local.equals("row") && depthInRow < 0) {
                                String r = xml.getAttributeValue(null, "r");
                                row = r == null ? row + 1 : parse(r, row + 1);
                                lastRow = Math.max(lastRow, row);
                                depthInRow = depth;
                                if (lastRow > CellReader.MAX_ROWS) {
                                    excess = new Excess(name, "workbook.rows.too-many", CellReader.MAX_ROWS);
                                    return;
                                }
                            } else if (local.equals("c") && depthInRow == depth - 1) {
                                sheetCells++;
                                cells++;
                                if (sheetCells > MAX_CELLS_PER_SHEET) {
                                    excess = new Excess(name, "workbook.cells.too-many", MAX_CELLS_PER_SHEET);
                                    return;
                                }
                                if (cells > MAX_CELLS) {
                                    excess = new Excess(name, "workbook.cells.total", MAX_CELLS);
                                    return;
                                }
                            }
                        } else if (event == XMLStreamConstants.END_ELEMENT) {
                            if (depth == depthInRow) {
                                depthInRow = -1;
                            }
                            depth--;
                        }
                    }
                } finally {
                    xml.close();
                }
            } catch (XMLStreamException e) {
                if (e.getNestedException() instanceof TooFar tooFar) {
                    throw tooFar;
                }
                // not well-formed XML: POI names the damage
            }
        }

        private static long parse(String number, long fallback) {
            try {
                return Long.parseLong(number.strip());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }

        /** Part name ({@code xl/worksheets/sheet1.xml}) to sheet name, from the workbook and its relations. */
        Map<String, String> sheetNames() {
            Map<String, String> names = new HashMap<>();
            if (workbook == null || relations == null) {
                return names;
            }
            Map<String, String> targets = new HashMap<>();
            attributes(relations, "Relationship", (id, target) -> targets.put(id, target), "Id", "Target");
            attributes(workbook, "sheet", (name, id) -> {
                String target = targets.get(id);
                if (target != null) {
                    names.put(target.startsWith("/") ? target.substring(1) : "xl/" + target, name);
                }
            }, "name", "id");
            return names;
        }

        private static void attributes(byte[] part, String element, java.util.function.BiConsumer<String, String> each,
                String first, String second) {
            try {
                XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(part));
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(element)) {
                        String a = null;
                        String b = null;
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            String local = xml.getAttributeLocalName(i);
                            if (local.equals(first)) {
                                a = xml.getAttributeValue(i);
                            } else if (local.equals(second)) {
                                b = xml.getAttributeValue(i);
                            }
                        }
                        if (a != null && b != null) {
                            each.accept(a, b);
                        }
                    }
                }
                xml.close();
            } catch (XMLStreamException e) {
                // unnamed: the refusal names the part instead
            }
        }
    }

    /** Thrown from inside a part's stream when the package unpacks too far. */
    private static final class TooFar extends RuntimeException {
        TooFar() {
            super(null, null, false, false);
        }
    }

    /**
     * One part's bytes as they are unpacked, counted against the workbook's total and held to
     * POI's ratio of packed to unpacked bytes.
     */
    private static final class Guarded extends InputStream {
        private final ZipArchiveInputStream zip;
        private final String name;
        private final Scan scan;
        private final long packedBefore;
        private long unpacked;

        Guarded(ZipArchiveInputStream zip, String name, Scan scan) {
            this.zip = zip;
            this.name = name;
            this.scan = scan;
            this.packedBefore = zip.getCompressedCount();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = zip.read(b, off, len);
            if (n > 0) {
                unpacked += n;
                scan.unpacked += n;
                if (scan.unpacked > MAX_UNPACKED_BYTES) {
                    throw scan.stop(new Excess(name, "workbook.unpacked.too-large", (int) (MAX_UNPACKED_BYTES >> 20)));
                }
                if (unpacked > RATIO_GRACE_BYTES) {
                    long packed = Math.max(0, zip.getCompressedCount() - packedBefore);
                    double ratio = ZipSecureFile.getMinInflateRatio();
                    if ((double) packed / unpacked < ratio) {
                        throw scan.stop(new Excess(name, "workbook.compression", (int) Math.round(1 / ratio)));
                    }
                }
            }
            return n;
        }

        byte[] readAtMost(int max) throws IOException {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = read(buffer, 0, buffer.length)) > 0) {
                if (kept.size() + n > max) {
                    return null;
                }
                kept.write(buffer, 0, n);
            }
            return kept.toByteArray();
        }

        void drain() throws IOException {
            byte[] buffer = new byte[8192];
            while (read(buffer, 0, buffer.length) > 0) {
                // counted and guarded
            }
        }
    }
}
