package io.nianbao.parser.read.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Running page headers and footers: page numbers ("- 3 -", "第 3 页 共 9 页", "3/9") and lines repeated at the
 * top or the bottom of several pages (the agency's name, the report's title). They are dropped so a table split
 * over two pages reads as one and a page number is never taken for a value. A repeated line that names the report
 * (报告) is kept where it first appears: it may be the title.
 */
final class PageChrome {

    private static final int EDGE_LINES = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-－—–\\s]*\\d{1,4}[-－—–\\s]*|第\\s*\\d+\\s*页.*|共\\s*\\d+\\s*页.*|\\d+\\s*/\\s*\\d+|(?i)page\\s*\\d+.*");

    private PageChrome() {
    }

    /** A page number: "- 3 -", "第 3 页", "3/9", "Page 3". */
    static boolean pageNumber(String text) {
        return PAGE_NUMBER.matcher(text.strip()).matches();
    }

    /** Removes the header and footer lines from the pages' placed rows (in place). */
    static void strip(List<List<PageLayout.Placed>> pages) {
        Map<String, List<int[]>> seen = new HashMap<>();
        Map<PageLayout.Placed, String> keys = new IdentityHashMap<>();
        List<List<PageLayout.Placed>> edges = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PageLayout.Placed> edge = edges(pages.get(p));
            edges.add(edge);
            for (PageLayout.Placed item : edge) {
                String key = key(pages.get(p), item);
                keys.put(item, key);
                seen.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {p, Math.round(item.y())});
            }
        }
        for (int p = 0; p < pages.size(); p++) {
            for (PageLayout.Placed item : edges.get(p)) {
                String text = item.line().text().strip();
                boolean number = pageNumber(text);
                List<int[]> same = seen.get(keys.get(item));
                boolean repeated = repeatedAtSamePlace(same, Math.round(item.y())) >= 2;
                boolean title = text.contains("报告") && same.get(0)[0] == p;
                if (number || repeated && !title) {
                    pages.get(p).remove(item);
                }
            }
        }
    }

    /** The first and last few printed lines of a page, before the first table and after the last one. */
    private static List<PageLayout.Placed> edges(List<PageLayout.Placed> page) {
        List<PageLayout.Placed> out = new ArrayList<>();
        for (int i = 0; i < Math.min(EDGE_LINES, page.size()) && page.get(i).line() != null; i++) {
            out.add(page.get(i));
        }
        for (int i = page.size() - 1; i >= Math.max(0, page.size() - EDGE_LINES) && page.get(i).line() != null; i--) {
            if (!out.contains(page.get(i))) {
                out.add(page.get(i));
            }
        }
        return out;
    }

    /** Top or bottom, and the text with its digits masked (page numbers change from page to page). */
    private static String key(List<PageLayout.Placed> page, PageLayout.Placed item) {
        boolean top = page.indexOf(item) < EDGE_LINES;
        return (top ? "top:" : "bottom:") + item.line().text().replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }

    private static int repeatedAtSamePlace(List<int[]> places, int y) {
        int pages = 0;
        int lastPage = -1;
        for (int[] place : places) {
            if (place[0] != lastPage && Math.abs(place[1] - y) <= 6) {
                pages++;
                lastPage = place[0];
            }
        }
        return pages;
    }
}
