package io.nianbao.ingestion.domain;

import io.nianbao.web.ApiException;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestTest {

    @Test
    void linesAssignAgenciesByPathOrByAUniqueFileName() {
        Manifest manifest = parse("manifest.csv", "file,agencyId\nreports/a.docx,qinghe-zrzy\nb.pdf,baishui-jy\n"
                + "\"c, with comma.txt\",\"linchuan\"\n");
        Manifest.Assignment a = manifest.assign(List.of("reports/a.docx", "deep/er/b.pdf", "c, with comma.txt"));
        assertEquals("qinghe-zrzy", a.agencyFor("reports/a.docx"));
        assertEquals("baishui-jy", a.agencyFor("deep/er/b.pdf"));
        assertEquals("linchuan", a.agencyFor("c, with comma.txt"));
        assertTrue(a.unmatched().isEmpty());
    }

    @Test
    void pathsAreRelativeToTheManifestsFolder() {
        Manifest manifest = parse("reports/manifest.csv", "file,agencyId\na.txt,x\n");
        assertEquals("x", manifest.assign(List.of("reports/a.txt")).agencyFor("reports/a.txt"));
    }

    @Test
    void columnsMayComeInAnyOrderWithOthersAndABomAndExcelsChineseEncoding() {
        byte[] bom = "\uFEFFnote,AgencyId,File\nhello,x,年报.txt\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("x", Manifest.parse("manifest.csv", bom).assign(List.of("年报.txt")).agencyFor("年报.txt"));
        byte[] gbk = "file,agencyId\n清河县年报.txt,qinghe\n".getBytes(Charset.forName("GBK"));
        assertEquals("qinghe", Manifest.parse("manifest.csv", gbk).assign(List.of("清河县年报.txt"))
                .agencyFor("清河县年报.txt"));
    }

    @Test
    void filesListedButMissingAreReportedAndAnEmptyAgencyLeavesTheFileToItsTitle() {
        Manifest.Assignment a = parse("manifest.csv", "file,agencyId\ngone.txt,x\nhere.txt,\n")
                .assign(List.of("here.txt"));
        assertEquals(Map.of("gone.txt", "x"), a.unmatched());
        assertNull(a.agencyFor("here.txt"));
    }

    @Test
    void aManifestWithoutItsHeaderOrWithARepeatedFileRefusesTheBatch() {
        ApiException header = assertThrows(ApiException.class, () -> parse("manifest.csv", "a.txt,x\n"));
        assertEquals("invalid-manifest", header.code());
        assertEquals(400, header.status());
        ApiException twice = assertThrows(ApiException.class,
                () -> parse("manifest.csv", "file,agencyId\na.txt,x\na.txt,y\n"));
        assertTrue(twice.getMessage().contains("line 3"), twice.getMessage());
    }

    private static Manifest parse(String path, String text) {
        return Manifest.parse(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
