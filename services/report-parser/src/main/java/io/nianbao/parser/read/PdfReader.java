package io.nianbao.parser.read;

import io.nianbao.parser.read.pdf.PdfLayout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;

/**
 * Reads PDF text by position (PDFBox, see {@link PdfLayout}): a table drawn with borders comes out as its grid
 * rows, with every glyph in the cell it sits in; other printed lines become one row each, with the value columns
 * of a table printed without borders found from how its values line up. Provenance is {@code page P x=X y=Y}
 * (points from the top left). A PDF without any text is reported as a scan; an encrypted one as encrypted.
 */
public final class PdfReader implements FormatReader {

    private static final int MAX_PAGES = 300;

    @Override
    public Intermediate read(byte[] bytes) throws UnreadableException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.getNumberOfPages() == 0) {
                throw new UnreadableException("PDF 没有页面 / the PDF has no pages");
            }
            return new Intermediate(PdfLayout.rows(doc, MAX_PAGES), null);
        } catch (InvalidPasswordException e) {
            throw new UnreadableException("PDF 已加密 / encrypted PDF", e);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableException("PDF 文件已损坏 / corrupt PDF", e);
        }
    }
}
