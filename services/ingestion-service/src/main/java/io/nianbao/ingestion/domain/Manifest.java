package io.nianbao.ingestion.domain;

import io.nianbao.web.ApiException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional {@code manifest.csv} of a batch zip: a header line with the columns {@code file} and
 * {@code agencyId} (any order, other columns ignored), then one line per file. Paths are relative to the
 * manifest's folder; a bare file name also matches the one entry of that name anywhere in the zip. A line with
 * an empty agencyId leaves the file to title recognition. UTF-8 (with or without BOM) or GB18030, as Excel saves
 * it on a Chinese system. A malformed manifest refuses the whole batch (400 {@code invalid-manifest}).
 */
public final class Manifest {

    public static final Manifest NONE = new Manifest("", Map.of());

    private final String folder;
    private final Map<String, String> agencyByFile;

    private Manifest(String folder, Map<String, String> agencyByFile) {
        this.folder = folder;
        this.agencyByFile = agencyByFile;
    }

    /** Parses the manifest stored at {@code path} in the zip. */
    public static Manifest parse(String path, byte[] bytes) {
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        List<String> lines = decode(bytes).lines().toList();
        int headerAt = 0;
        while (headerAt < lines.size() && lines.get(headerAt).isBlank()) {
            headerAt++;
        }
        if (headerAt == lines.size()) {
            throw invalid("manifest.csv 为空 / manifest.csv is empty");
        }
        List<String> header = Csv.fields(lines.get(headerAt)).stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        int fileColumn = header.indexOf("file");
        int agencyColumn = header.indexOf("agencyid");
        if (fileColumn < 0 || agencyColumn < 0) {
            throw invalid("manifest.csv 第一行须为表头 file,agencyId / the first line of manifest.csv must be the "
                    + "header file,agencyId; found: " + lines.get(headerAt).strip());
        }
        Map<String, String> agencies = new LinkedHashMap<>();
        for (int i = headerAt + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = Csv.fields(lines.get(i));
            String file = field(fields, fileColumn);
            String agency = field(fields, agencyColumn);
            if (file.isEmpty()) {
                throw invalid("manifest.csv 第 " + (i + 1) + " 行缺少文件名 / manifest.csv line " + (i + 1)
                        + " has no file");
            }
            String key = EntryNames.normalize(file).replaceFirst("^\\./", "");
            if (agencies.containsKey(key)) {
                throw invalid("manifest.csv 第 " + (i + 1) + " 行重复列出 " + file + " / manifest.csv line " + (i + 1)
                        + " lists " + file + " again");
            }
            agencies.put(key, agency);
        }
        return new Manifest(folder, agencies);
    }

    /** Which agency each entry goes to, and the manifest's files no entry matched (with their agency). */
    public record Assignment(Map<String, String> agencyByEntry, Map<String, String> unmatched) {

        /** The agency the manifest names for this entry, or null. */
        public String agencyFor(String entryName) {
            return agencyByEntry.get(entryName);
        }
    }

    /** Matches the manifest's lines against the zip's entry names. */
    public Assignment assign(List<String> entryNames) {
        Map<String, List<String>> byBaseName = new HashMap<>();
        for (String name : entryNames) {
            byBaseName.computeIfAbsent(EntryNames.baseName(name), k -> new ArrayList<>()).add(name);
        }
        Map<String, String> assigned = new HashMap<>();
        Map<String, String> unmatched = new LinkedHashMap<>();
        for (Map.Entry<String, String> line : agencyByFile.entrySet()) {
            String path = folder + line.getKey();
            List<String> sameName = byBaseName.getOrDefault(line.getKey(), List.of());
            String entry = entryNames.contains(path) ? path
                    : !line.getKey().contains("/") && sameName.size() == 1 ? sameName.get(0) : null;
            if (entry == null) {
                unmatched.put(path, line.getValue().isEmpty() ? null : line.getValue());
            } else if (!line.getValue().isEmpty()) {
                assigned.put(entry, line.getValue());
            }
        }
        return new Assignment(assigned, unmatched);
    }

    private static String field(List<String> fields, int column) {
        return column < fields.size() ? fields.get(column).strip() : "";
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static ApiException invalid(String message) {
        return ApiException.badRequest("invalid-manifest", message);
    }

    /** Splits one CSV line: commas, fields optionally in double quotes with "" for a quote. */
    static final class Csv {

        private Csv() {
        }

        static List<String> fields(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
