package io.nianbao.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.nianbao.model.ReportJson;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads and writes a {@link CorpusCase} as JSON (the truth files committed next to the Word/PDF files). */
public final class CaseJson {

    private static final ObjectMapper MAPPER = ReportJson.configure(new ObjectMapper())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CaseJson() {
    }

    public static String write(CorpusCase c) {
        try {
            return MAPPER.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CorpusCase read(byte[] json) {
        try {
            return MAPPER.readValue(json, CorpusCase.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
