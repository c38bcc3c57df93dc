package io.zhibiao.system.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;

/** Serializes an answer once, as JSON (the service's ObjectMapper) or CSV, so the same bytes are sent and kept. */
@ApplicationScoped
class AnswerBytes {

    @Inject
    ObjectMapper json;
    private final CsvWriter csv = new CsvWriter();

    byte[] json(Object entity) {
        try {
            return json.writeValueAsBytes(entity);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the answer as JSON", e);
        }
    }

    byte[] csv(Object entity) {
        var out = new ByteArrayOutputStream();
        try {
            csv.writeTo(entity, entity.getClass(), null, null, null, new MultivaluedHashMap<>(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the answer as CSV", e);
        }
        return out.toByteArray();
    }
}
