package io.zhibiao.system.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.netty.buffer.ByteBuf;

/** The pieces of the event-loop fast paths that need no server: validators, kept bytes, the request-target check. */
class KeptAnswerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"a1-json\"                 | true",
            "W/\"a1-json\"               | true",
            "\"zz\", \"a1-json\"         | true",
            "\"zz\",W/\"a1-json\"        | true",
            "*                           | true",
            "\"a1-json-gz\"              | false",
            "W/\"a1-jso\"                | false",
            "a1-json                     | false",
            "''                          | false" })
    void comparesIfNoneMatchWeakly(String ifNoneMatch, boolean matches) {
        assertEquals(matches, KeptAnswer.matches(ifNoneMatch, "\"a1-json\""), ifNoneMatch);
    }

    @Test
    void noValidatorMatchesNothing() {
        assertFalse(KeptAnswer.matches(null, "\"a1\""));
    }

    @Test
    void keepsTheBytesInDirectMemoryThatWritesCannotFree() {
        byte[] body = "{\"value\":320000000}".getBytes(StandardCharsets.UTF_8);
        KeptAnswer answer = KeptAnswer.of(body, "\"e1-json\"", "application/json;charset=UTF-8", false);
        assertEquals(body.length, answer.length());
        assertEquals(Integer.toString(body.length), answer.contentLength().toString());
        for (int write = 0; write < 3; write++) {
            // What Vert.x hands Netty on each response; Netty releases it once written.
            ByteBuf sent = ((io.vertx.core.buffer.impl.BufferImpl) answer.body()).getByteBuf();
            assertTrue(sent.isDirect(), "written without a copy into direct memory");
            byte[] read = new byte[sent.readableBytes()];
            sent.getBytes(sent.readerIndex(), read);
            assertArrayEquals(body, read, "write " + write);
            sent.release();
        }
    }

    @Test
    void aPlainRequestTargetIsOneTheUriParserTakes() throws URISyntaxException {
        String[] plain = { "/", "/api/series?indicator=loans.issued&region=360100,360600",
                "/api/charts/series_loans.issued_360600.png?download=1", "/api/regions?q=%E6%AD%A6%E4%BE%AF",
                "/a/b;c=d/(e)*!~'$+,:@?x=/y?z" };
        for (String target : plain) {
            assertTrue(HttpEdge.plainTarget(target), target);
            new URI(target);
        }
        // Anything else goes to the parser, which answers 400 for what it refuses.
        String[] other = { "", "*", "//evil/x", "/a b", "/a%2", "/a%zz", "/a|b", "/a\"b", "/a[0]", "/a#b", "/a^b",
                "/a{b}", "/a\\b", "/a<b>", "/%E4%B8%AD文", "http://host/a" };
        for (String target : other) {
            assertFalse(HttpEdge.plainTarget(target), target);
        }
        // Every printable ASCII character on its own: plain implies the parser agrees.
        for (char c = 0x20; c < 0x7f; c++) {
            String target = "/api/x" + c + "y?q=" + c;
            if (HttpEdge.plainTarget(target)) {
                new URI(target);
            }
        }
    }
}
