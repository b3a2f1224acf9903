package io.nianbao.parser.read.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the straight horizontal and vertical lines a page draws: stroked paths and rectangles, and filled
 * rectangles thin enough to be a line (Word, WPS and LibreOffice draw table borders both ways). Curves, clipping
 * paths, white lines and filled areas (cell shading) are ignored. Points come out in the coordinates PDFBox gives
 * the text of the page (top left origin, in the text's reading direction), so borders and glyphs can be compared.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    private static final int MAX_SEGMENTS = 20_000;
    private static final float THIN = 2.5f;
    private static final float MIN_LENGTH = 2f;

    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final PDRectangle crop;
    private final int direction;
    private List<Point2D.Float> current;

    /** {@code direction}: the page's main text direction in degrees (0, 90, 180, 270), as PDFBox reports it. */
    RulingCollector(PDPage page, int direction) {
        super(page);
        this.crop = page.getCropBox();
        this.direction = direction;
    }

    List<Segment> collect() throws IOException {
        processPage(getPage());
        return segments;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        List<Point2D.Float> rect = new ArrayList<>();
        for (Point2D p : new Point2D[] {p0, p1, p2, p3, p0}) {
            rect.add(new Point2D.Float((float) p.getX(), (float) p.getY()));
        }
        subpaths.add(rect);
        current = null;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new ArrayList<>();
        current.add(new Point2D.Float(x, y));
        subpaths.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(new Point2D.Float(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        moveTo(x3, y3); // a curve is no ruling: continue from its end as a new subpath
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null || current.isEmpty() ? new Point2D.Float() : current.get(current.size() - 1);
    }

    @Override
    public void closePath() {
        if (current != null && current.size() > 1) {
            current.add(current.get(0));
        }
    }

    @Override
    public void endPath() {
        subpaths.clear();
        current = null;
    }

    @Override
    public void strokePath() {
        if (visible(getGraphicsState().getStrokingColor())) {
            for (List<Point2D.Float> path : subpaths) {
                for (int i = 1; i < path.size(); i++) {
                    line(path.get(i - 1), path.get(i));
                }
            }
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        if (visible(getGraphicsState().getNonStrokingColor())) {
            subpaths.forEach(this::thinBox);
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<List<Point2D.Float>> paths = new ArrayList<>(subpaths);
        fillPath(windingRule);
        subpaths.addAll(paths);
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // the path stays for the painting operator that follows (usually "n": nothing)
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images carry no rulings
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings carry no rulings
    }

    private void line(Point2D.Float a, Point2D.Float b) {
        Point2D.Float p = map(a);
        Point2D.Float q = map(b);
        if (Math.abs(p.y - q.y) <= 0.5f && Math.abs(p.x - q.x) >= MIN_LENGTH) {
            add(new Segment(true, (p.y + q.y) / 2, p.x, q.x));
        } else if (Math.abs(p.x - q.x) <= 0.5f && Math.abs(p.y - q.y) >= MIN_LENGTH) {
            add(new Segment(false, (p.x + q.x) / 2, p.y, q.y));
        }
    }

    /** A filled subpath that is a thin box (every corner on its bounding box) is a line along its long side. */
    private void thinBox(List<Point2D.Float> path) {
        if (path.size() < 4 || path.size() > 6) {
            return;
        }
        List<Point2D.Float> points = path.stream().map(this::map).toList();
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (Point2D.Float p : points) {
            x0 = Math.min(x0, p.x);
            x1 = Math.max(x1, p.x);
            y0 = Math.min(y0, p.y);
            y1 = Math.max(y1, p.y);
        }
        for (Point2D.Float p : points) {
            boolean onX = Math.abs(p.x - x0) <= 0.5f || Math.abs(p.x - x1) <= 0.5f;
            boolean onY = Math.abs(p.y - y0) <= 0.5f || Math.abs(p.y - y1) <= 0.5f;
            if (!onX || !onY) {
                return;
            }
        }
        float w = x1 - x0;
        float h = y1 - y0;
        if (h <= THIN && w >= MIN_LENGTH && w > h) {
            add(new Segment(true, (y0 + y1) / 2, x0, x1));
        } else if (w <= THIN && h >= MIN_LENGTH && h > w) {
            add(new Segment(false, (x0 + x1) / 2, y0, y1));
        }
    }

    private void add(Segment s) {
        if (segments.size() < MAX_SEGMENTS) {
            segments.add(s);
        }
    }

    private Point2D.Float map(Point2D.Float p) {
        float[] at = Frame.map(p.x - crop.getLowerLeftX(), p.y - crop.getLowerLeftY(), direction, crop);
        return new Point2D.Float(at[0], at[1]);
    }

    private static boolean visible(PDColor color) {
        try {
            return color == null || (color.toRGB() & 0xFFFFFF) != 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
