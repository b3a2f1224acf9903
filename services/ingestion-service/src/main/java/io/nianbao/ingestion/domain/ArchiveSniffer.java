package io.nianbao.ingestion.domain;

import java.nio.charset.StandardCharsets;

/** Recognises archives by their first bytes, whatever the file is called. */
final class ArchiveSniffer {

    /** Bytes needed to decide (a tar header's magic sits at offset 257). */
    static final int HEAD = 512;

    private ArchiveSniffer() {
    }

    /**
     * True when {@code head} starts an archive. A zip signature counts only outside Word formats: a .docx is a zip.
     */
    static boolean isArchive(byte[] head, int length, String extension) {
        if (starts(head, length, 'R', 'a', 'r', '!')
                || starts(head, length, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)
                || starts(head, length, 0x1F, 0x8B)
                || starts(head, length, 'B', 'Z', 'h')
                || starts(head, length, 0xFD, '7', 'z', 'X', 'Z', 0x00)
                || starts(head, length, 0x28, 0xB5, 0x2F, 0xFD)
                || isTar(head, length)) {
            return true;
        }
        boolean zip = starts(head, length, 'P', 'K', 3, 4) || starts(head, length, 'P', 'K', 5, 6);
        return zip && !(extension.equals("docx") || extension.equals("doc") || extension.equals("wps"));
    }

    private static boolean isTar(byte[] head, int length) {
        return length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
    }

    private static boolean starts(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
