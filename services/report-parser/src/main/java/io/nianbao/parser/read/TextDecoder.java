package io.nianbao.parser.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text bytes: a BOM wins (UTF-8, UTF-16LE/BE), then strict UTF-8, else GB18030 (a superset of GBK/GB2312).
 */
public final class TextDecoder {

    /** The decoded text and the name of the charset that decoded it. */
    public record Decoded(String text, String encoding) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        return new Decoded(new String(bytes, GB18030), "GB18030");
    }

    /** Decodes with a named charset when it is known and valid, else falls back to {@link #decode(byte[])}. */
    public static Decoded decode(byte[] bytes, String declared) {
        if (declared != null) {
            try {
                Charset cs = Charset.forName(declared.strip());
                if (cs.name().equalsIgnoreCase("GBK") || cs.name().equalsIgnoreCase("GB2312")) {
                    cs = GB18030;
                }
                String text = strict(bytes, cs);
                if (text != null) {
                    return new Decoded(text, cs.name());
                }
            } catch (IllegalArgumentException e) {
                // unknown or illegal charset name: detect instead
            }
        }
        return decode(bytes);
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
