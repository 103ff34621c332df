package dev.hankojakarta.testing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Seeded property checks with plain JUnit: a check runs on a fixed number of inputs of a {@link Gen}, try {@code i}
 * generated from {@link #random(long, int) random(seed, i)}, so that every run tries the same inputs and a failing try
 * can be replayed alone. A failure names the seed, the try and the input (abbreviated, and left out when it holds a
 * token's signature).
 */
public final class Seeded {

    /** The seed of the property tests. */
    public static final long SEED = 20261127L;

    /** How much of a text a failure shows. */
    private static final int SHOWN = 300;

    /** Text shaped like a compact JWS with a signature, which a failure message should not carry. */
    private static final Pattern SIGNED = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]{40,}");

    private Seeded() {
    }

    /** The random numbers of try {@code attempt}: independent of the other tries, the same on every run. */
    public static Random random(long seed, int attempt) {
        long mixed = seed + 0x9E3779B97F4A7C15L * (attempt + 1L);
        mixed = (mixed ^ (mixed >>> 30)) * 0xBF58476D1CE4E5B9L;
        mixed = (mixed ^ (mixed >>> 27)) * 0x94D049BB133111EBL;
        return new Random(mixed ^ (mixed >>> 31));
    }

    /**
     * Runs {@code check} on {@code tries} inputs of {@code inputs}. An assertion error or exception thrown by the check
     * (or by the generator) fails the test with the seed, the try, the input and the original failure.
     */
    public static <T> void check(long seed, int tries, Gen<? extends T> inputs, Consumer<? super T> check) {
        for (int attempt = 0; attempt < tries; attempt++) {
            T input = null;
            try {
                input = inputs.next(random(seed, attempt));
                check.accept(input);
            } catch (Exception | AssertionError | StackOverflowError e) {
                String where = "seed " + seed + ", try " + attempt + " of " + tries
                        + " (replay: Seeded.random(" + seed + "L, " + attempt + "))";
                String what = input == null ? "generating the input failed" : "input " + describe(input);
                throw failure(where + ", " + what + ": " + describe(e.toString()), e);
            }
        }
    }

    /**
     * {@code value} for a failure message: text quoted and escaped, bytes as UTF-8 text or in hex, anything else (such
     * as a record of several inputs, whose {@code toString()} describes each with this method) as its
     * {@code toString()};
     * of a long one its first and last characters, {@value #SHOWN} in all; a placeholder when it holds a token's
     * signature.
     */
    public static String describe(Object value) {
        if (value instanceof byte[] bytes) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
                return bytes.length + " bytes of UTF-8 " + describe(text);
            } catch (CharacterCodingException e) {
                String hex = HexFormat.of().formatHex(bytes);
                return bytes.length + " bytes, not UTF-8, hex " + (holdsSignature(new String(bytes,
                        StandardCharsets.UTF_8)) ? "not shown: they hold a token's signature"
                                : hex.length() > SHOWN ? hex.substring(0, SHOWN) + "..." : hex);
            }
        }
        String text = String.valueOf(value);
        if (holdsSignature(text)) {
            return "(" + text.length() + " characters, not shown: they hold a token's signature)";
        }
        if (!(value instanceof CharSequence)) {
            // several parts, each described and cut already
            return text.length() > 5 * SHOWN ? text.substring(0, 5 * SHOWN) + "... (" + text.length() + " characters)"
                    : text;
        }
        boolean cut = text.length() > SHOWN;
        String head = cut ? text.substring(0, SHOWN - 60) : text;
        return cut ? quoted(head) + " ... " + quoted(text.substring(text.length() - 60)) + " (" + text.length()
                + " characters)" : quoted(text);
    }

    private static String quoted(String text) {
        StringBuilder shown = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> shown.append("\\\"");
                case '\\' -> shown.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        shown.append(String.format("\\u%04x", (int) c));
                    } else {
                        shown.append(c);
                    }
                }
            }
        }
        return shown.append('"').toString();
    }

    private static boolean holdsSignature(String text) {
        if (SIGNED.matcher(text).find()) {
            return true;
        }
        String signature = Tokens.session().split("\\.")[2];
        for (int i = 0; i + 24 <= signature.length(); i += 8) {
            if (text.contains(signature.substring(i, i + 24))) {
                return true;
            }
        }
        return false;
    }

    /** The failure, with the original's message left out when it would show a signature. */
    private static AssertionError failure(String message, Throwable original) {
        if (!holdsSignature(String.valueOf(original.getMessage()))) {
            return new AssertionError(message, original);
        }
        AssertionError cause = new AssertionError(original.getClass().getName() + " (message not shown)");
        cause.setStackTrace(original.getStackTrace());
        return new AssertionError(message, cause);
    }
}
