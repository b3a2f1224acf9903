package io.nianbao.ingestion.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyIndexTest {

    private final AgencyIndex index = AgencyIndex.of(List.of(
            agency("qinghe-zrzy", "清河县自然资源局"),
            agency("baishui-jy", "白水县教育局"),
            agency("baishui-jy-2", "白水县 教育局")));

    @Test
    void namesMatchExactlyAfterNormalisation() {
        assertEquals(List.of("qinghe-zrzy"), ids("清河县自然资源局"));
        assertEquals(List.of("qinghe-zrzy"), ids("清河縣 自然資源局"), "Traditional characters and spaces");
        assertEquals(List.of("qinghe-zrzy"), ids("《清河县自然资源局》"), "punctuation");
    }

    @Test
    void aNameThatIsOnlySimilarIsUnknown() {
        assertTrue(ids("清河县自然资源和规划局").isEmpty());
        assertTrue(ids("清河县").isEmpty());
        assertTrue(ids(null).isEmpty());
    }

    @Test
    void twoAgenciesOfTheSameNameMakeItAmbiguous() {
        assertEquals(2, ids("白水县教育局").size());
    }

    private List<String> ids(String name) {
        return index.named(name).stream().map(Agency::id).toList();
    }

    private static Agency agency(String id, String name) {
        return new Agency(id, name, null, null, Instant.now());
    }
}
