package cn.perfeval.publication;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Prints the report's XHTML to PDF with openhtmltopdf, embedding the subset of WenQuanYi Micro Hei
 * (shipped under {@code fonts/}) that the text uses, so the Chinese text is selectable and
 * searchable.
 */
@Component
class ReportPdf {

    static final String FONT_FAMILY = "WenQuanYi Micro Hei";
    private static final String FONT_RESOURCE = "fonts/wqy-microhei.ttc";
    private static final String FONT_NAME = "WenQuanYiMicroHei";

    private final byte[] fontCollection;
    private final String css;

    ReportPdf() {
        this.fontCollection = read(FONT_RESOURCE);
        this.css = new String(read("META-INF/resources/styles/report.css"), StandardCharsets.UTF_8);
    }

    /** The stylesheet shared by the page and the PDF. */
    String css() {
        return css;
    }

    byte[] render(String xhtml, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument pdf = new PDDocument();
                TrueTypeCollection fonts = new TrueTypeCollection(new ByteArrayInputStream(fontCollection))) {
            TrueTypeFont font = fonts.getFontByName(FONT_NAME);
            PDFontSupplier embedded = new PDFontSupplier(PDType0Font.load(pdf, font, true));
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            for (int weight : new int[] {400, 700}) {
                builder.useFont(embedded, FONT_FAMILY, weight, FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null);
            // The font and the stylesheet are supplied above; nothing else is ever fetched (no
            // file, no network, no data from a report's text), before or after resolving a URI.
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDFWithoutClosing();
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("perfeval");
            info.setCreationDate(Calendar.getInstance());
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
