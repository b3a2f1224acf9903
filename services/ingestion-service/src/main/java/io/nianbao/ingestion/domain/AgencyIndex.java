package io.nianbao.ingestion.domain;

import io.nianbao.parser.extract.Normalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registered agencies by name, for recognising the agency a report names in its title. Names match exactly
 * after the parser's normalisation (full-width forms, Traditional characters, spaces and punctuation do not
 * count), so 「清河縣 自然資源局」 finds 清河县自然资源局 — but 清河县自然资源局 does not find 清河县自然资源和规划局.
 */
public final class AgencyIndex {

    private final Map<String, List<Agency>> byName;

    private AgencyIndex(Map<String, List<Agency>> byName) {
        this.byName = byName;
    }

    public static AgencyIndex of(List<Agency> agencies) {
        Map<String, List<Agency>> byName = new HashMap<>();
        for (Agency agency : agencies) {
            String key = key(agency.name());
            if (!key.isEmpty()) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(agency);
            }
        }
        return new AgencyIndex(byName);
    }

    /** The agencies registered under the name a report prints (none, one, or several when ambiguous). */
    public List<Agency> named(String printedName) {
        return byName.getOrDefault(key(printedName), List.of());
    }

    static String key(String name) {
        return name == null ? "" : Normalizer.key(name);
    }
}
