package io.zhibiao.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import io.zhibiao.system.ProblemException;

/** Checks an article body: present, within the size limit, valid UTF-8 text. */
final class TextBodies {

    private TextBodies() {
    }

    static String decode(byte[] body, long maxBytes) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("The body is empty: send the article text as UTF-8 (text/plain)");
        }
        if (body.length > maxBytes) {
            throw new ProblemException(413, "Payload Too Large",
                    "The body has " + body.length + " bytes; the limit is " + maxBytes + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The body is not valid UTF-8 text (" + e.getMessage() + ")");
        }
        if (text.indexOf('\0') >= 0) {
            throw ProblemException.badRequest("The body holds NUL characters: it looks binary, not text");
        }
        if (text.isBlank()) {
            throw ProblemException.badRequest("The body holds only white space: send the article text");
        }
        return text;
    }
}
