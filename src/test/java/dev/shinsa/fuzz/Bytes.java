package dev.shinsa.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Byte helpers for {@link Mutations}: invalid UTF-8 sequences, byte-order marks, and a readable dump. */
final class Bytes {
    /** Each is invalid UTF-8: stray continuation, truncated or overlong sequences, encoded surrogates, beyond U+10FFFF, 0xFE/0xFF. */
    static final List<byte[]> INVALID_UTF8 = List.of(
            b(0xC3, 0x28), b(0xA0, 0xA1), b(0xE2, 0x28, 0xA1), b(0xE2, 0x82, 0x28), b(0xF0, 0x28, 0x8C, 0xBC),
            b(0xF0, 0x90, 0x28, 0xBC), b(0xF8, 0xA1, 0xA1, 0xA1, 0xA1), b(0xFC, 0xA1, 0xA1, 0xA1, 0xA1, 0xA1), b(0xFF), b(0xFE),
            b(0xC0, 0xAF), b(0xC0, 0x80), b(0xE0, 0x80, 0xAF), b(0xED, 0xA0, 0x80), b(0xED, 0xBF, 0xBF),
            b(0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80), b(0xF4, 0x90, 0x80, 0x80), b(0x80), b(0xE3, 0x81));

    static final List<byte[]> BOMS = List.of(b(0xEF, 0xBB, 0xBF), b(0xFE, 0xFF), b(0xFF, 0xFE), b(0x00, 0x00, 0xFE, 0xFF),
            b(0xFF, 0xFE, 0x00, 0x00), b(0xEF, 0xBB));

    private Bytes() {
    }

    static byte[] b(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] insert(byte[] in, int at, byte[] what) {
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(in, at, out, at + what.length, in.length - at);
        return out;
    }

    /** A position just after an opening quote, so the bad bytes land inside a string value or key. */
    static int insideAString(byte[] in, Random rnd) {
        List<Integer> quotes = new ArrayList<>();
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '"') {
                quotes.add(i + 1);
            }
        }
        return quotes.isEmpty() ? rnd.nextInt(in.length + 1) : quotes.get(rnd.nextInt(quotes.size()));
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte x : bytes) {
            sb.append(String.format("%02X", x & 0xFF));
        }
        return sb.toString();
    }

    /** Printable ASCII as is, everything else as {@code \xNN}, cut after {@code max} bytes. */
    static String show(byte[] body, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(body.length, max); i++) {
            int c = body[i] & 0xFF;
            sb.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02X", c));
        }
        return body.length > max ? sb + "... (" + (body.length - max) + " more bytes)" : sb.toString();
    }

    static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "...(" + s.length() + " chars)" : s;
    }
}
