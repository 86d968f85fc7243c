package cn.perfeval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.perfeval.base.FieldProblem;
import cn.perfeval.base.InvalidInputException;
import cn.perfeval.support.TestDocuments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The rows and cells of every sheet are counted while the workbook's parts are streamed, and a
 * workbook beyond the limits is refused with the sheet and the limit before POI builds it.
 */
class WorkbookBoundsTest {

    private static final byte[] GOOD = TablesWorkbook.write(TestDocuments.small(2022), "米易县医疗保障局", 2022);

    @Test
    void a_workbook_with_an_extra_sheet_of_exactly_5000_rows_and_100000_cells_is_read() throws IOException {
        byte[] file = withNotes(CellReader.MAX_ROWS, WorkbookBounds.MAX_CELLS_PER_SHEET / CellReader.MAX_ROWS, 0);

        assertThat(TablesWorkbook.read(file).income().lines()).isNotEmpty();
    }

    @Test
    void a_sheet_of_5001_rows_is_refused_naming_the_sheet_and_the_limit() throws IOException {
        byte[] file = withNotes(CellReader.MAX_ROWS + 1, 1, 0);

        assertThat(refusal(file)).satisfies(p -> {
            assertThat(p.field()).isEqualTo("备注");
            assertThat(p.message().key()).isEqualTo("workbook.rows.too-many");
            assertThat(p.message().args()).containsExactly("备注", CellReader.MAX_ROWS);
        });
    }

    @Test
    void a_sheet_of_one_cell_more_than_100000_is_refused_naming_the_sheet_and_the_limit() throws IOException {
        byte[] file = withNotes(CellReader.MAX_ROWS, WorkbookBounds.MAX_CELLS_PER_SHEET / CellReader.MAX_ROWS, 1);

        assertThat(refusal(file)).satisfies(p -> {
            assertThat(p.field()).isEqualTo("备注");
            assertThat(p.message().key()).isEqualTo("workbook.cells.too-many");
            assertThat(p.message().args()).containsExactly("备注", WorkbookBounds.MAX_CELLS_PER_SHEET);
        });
    }

    @Test
    void a_sheet_of_two_million_empty_cells_in_few_rows_is_refused_by_the_count_not_built() throws IOException {
        StringBuilder sheet = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                + "2006/main\"><sheetData>");
        String row = "<c/>".repeat(16_000);
        for (int r = 1; r <= 125; r++) {
            sheet.append("<row r=\"").append(r).append("\">").append(row).append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        // Stored, not deflated: the part is held to the cell count, not to the compression ratio.
        byte[] file = replacing(GOOD, "xl/worksheets/sheet1.xml", sheet.toString(), false);

        assertThat(refusal(file)).satisfies(p -> {
            assertThat(p.field()).isEqualTo("收入决算表");
            assertThat(p.message().key()).isEqualTo("workbook.cells.too-many");
        });
    }

    @Test
    void sheets_together_beyond_300000_cells_are_refused() throws IOException {
        String full = "<row r=\"1\">" + "<c/>".repeat(WorkbookBounds.MAX_CELLS_PER_SHEET) + "</row>";
        String sheet = "<worksheet><sheetData>" + full + "</sheetData></worksheet>";
        java.util.Map<String, String> parts = new java.util.HashMap<>();
        for (int i = 1; i <= 4; i++) {
            parts.put("xl/worksheets/sheet" + i + ".xml", sheet);
        }
        byte[] file = replacing(GOOD, parts, false);

        assertThat(refusal(file).message().key()).isEqualTo("workbook.cells.total");
    }

    @Test
    void a_part_that_unpacks_more_than_a_hundred_times_its_size_is_refused_as_a_zip_bomb() throws IOException {
        String bomb = "<worksheet><sheetData/>" + "<!-- " + " ".repeat(20_000_000) + " --></worksheet>";
        byte[] file = replacing(GOOD, "xl/worksheets/sheet2.xml", bomb, true);

        assertThat(file.length).isLessThan(200_000);
        assertThat(refusal(file)).satisfies(p -> {
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.message().key()).isEqualTo("workbook.compression");
        });
    }

    @Test
    void an_entity_declared_in_a_sheet_is_never_expanded_and_the_workbook_is_refused_as_damaged() throws IOException {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
                + "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&e;&e;&e;</t></is></c></row>"
                + "</sheetData></worksheet>";
        byte[] file = replacing(GOOD, "xl/worksheets/sheet1.xml", laughs, true);

        assertThat(refusal(file)).satisfies(p -> {
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.message().key()).isEqualTo("workbook.damaged");
        });
    }

    /**
     * The small report's workbook with a sheet 备注 of {@code rows} rows of {@code columns} cells,
     * and {@code extra} more in the last.
     */
    private static byte[] withNotes(int rows, int columns, int extra) throws IOException {
        return TablesWorkbookTest.edit(GOOD, w -> {
            Sheet notes = w.createSheet("备注");
            for (int r = 0; r < rows; r++) {
                Row row = notes.createRow(r);
                int cells = r == rows - 1 ? columns + extra : columns;
                for (int c = 0; c < cells; c++) {
                    row.createCell(c).setCellValue(r + c);
                }
            }
        });
    }

    /** The workbook with one part's content replaced, deflated or stored. */
    private static byte[] replacing(byte[] workbook, String part, String content, boolean deflated)
            throws IOException {
        return replacing(workbook, java.util.Map.of(part, content), deflated);
    }

    /** The workbook with some parts' content replaced, deflated or stored. */
    private static byte[] replacing(byte[] workbook, java.util.Map<String, String> parts, boolean deflated)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String content = parts.get(entry.getName());
                byte[] bytes = content != null ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes();
                ZipEntry copy = new ZipEntry(entry.getName());
                if (content != null && !deflated) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    copy.setCrc(crc.getValue());
                }
                zip.putNextEntry(copy);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static FieldProblem refusal(byte[] file) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> TablesWorkbook.read(file));
        assertThat(thrown).isNotNull();
        var problems = thrown.problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
