package io.nianbao.parser.read.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * From a point on the page (PDF units from the crop box's lower left corner) to the coordinates PDFBox gives text
 * of one direction ({@code TextPosition.getXDirAdj/getYDirAdj}: top left origin as the text reads), so that ruling
 * lines and glyphs of any direction can be compared with the page's main text.
 */
final class Frame {

    private Frame() {
    }

    static float[] map(float x, float y, int direction, PDRectangle crop) {
        float w = crop.getWidth();
        float h = crop.getHeight();
        return switch (direction) {
            case 90 -> new float[] {y, x};
            case 180 -> new float[] {w - x, y};
            case 270 -> new float[] {h - y, w - x};
            default -> new float[] {x, h - y};
        };
    }
}
