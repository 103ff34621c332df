package dev.hankojakarta.testing;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

/**
 * Generators of damaged copies of a real document (a token, one of Hanko's answers, a JWKS): a few edits of its text,
 * of its JSON structure, or both.
 */
public final class Mutations {

    /** Text that JSON, JWS and cookie parsers care about, and text they should not. */
    private static final List<String> SPECIAL = List.of("", "\"", "\\", "\\u0000", "\\ud800", "{", "}", "[", "]", ":",
            ",", ".", "..", "=", ";", " ", "\t", "\r\n", "\u0000", "\ud800", "\uffff", "é", "😀", "null", "true",
            "false", "0", "-1", "1e400", "-0", "9223372036854775808", "1.5", "NaN", "%00", "+", "/", "-", "_");

    /** Well-formed JSON values put in place of another. */
    private static final List<String> VALUES = List.of("null", "true", "false", "0", "-1", "1.5", "1e-400",
            "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "\"\"", "[]", "{}",
            "[null]", "[1,2]", "{\"\":null}", "\"2026-08-15T06:00:00Z\"", "\"2026-13-45T99:00:00Z\"",
            "\"+999999999-12-31T23:59:59Z\"", "\"5b1d2c7e-0a4f-4e62-9c1b-7f3e2d8a6b10\"",
            "\"00000000-0000-0000-0000-000000000000\"", "\"RS256\"", "\"none\"", "\"HS256\"", "\"sig\"", "\"enc\"",
            "\"RSA\"", "\"EC\"", "\"AQAB\"", "\"AQ\"", "\"\\u0000\"", "\"\\ud800\"");

    /** Fragments that are not JSON, or that some parsers refuse (numbers beyond a double). */
    private static final List<String> BROKEN = List.of("1e400", "-1e400", "[", "{", "\"unterminated", "01", ".5", "tru",
            "NaN", "Infinity", "'single'", "[1,]", "{\"a\"}");

    /** Looked up once: {@code Json.createXxx} looks the provider up on every call, which dominated generation. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private Mutations() {
    }

    /**
     * Copies of {@code document} with one to four edits of its text, its JSON structure (when it is JSON), or both.
     *
     * @param interesting strings worth putting in: key ids, user ids, ... of the test at hand
     */
    public static Gen<String> of(String document, String... interesting) {
        if (!isJson(document)) {
            return textual(document, interesting);
        }
        Gen<String> json = json(document, interesting);
        return Gen.frequency(
                Gen.weighted(5, json),
                Gen.weighted(2, textual(document, interesting)),
                Gen.weighted(1, json.flatMap(d -> textual(d, interesting))));
    }

    /** Copies of {@code text} with one to four edits: deletions, insertions, replacements, duplications, cuts. */
    public static Gen<String> textual(String text, String... interesting) {
        Gen<TextEdit.Kind> kinds = Gen.of(TextEdit.Kind.values());
        Gen<Integer> positions = Gen.integers(0, Integer.MAX_VALUE);
        Gen<Integer> lengths = Gen.integers(1, 64);
        Gen<String> snippets = snippets(interesting);
        Gen<TextEdit> edit = random -> new TextEdit(kinds.next(random), positions.next(random), lengths.next(random),
                snippets.next(random));
        return edit.list(1, 4).map(edits -> {
            String result = text;
            for (TextEdit e : edits) {
                result = e.apply(result);
            }
            return result;
        });
    }

    /**
     * Copies of a JSON document with one to four structural edits: a member or element removed, a value replaced by
     * another (of any type, or by text that is not JSON at all), a member added.
     */
    public static Gen<String> json(String document, String... interesting) {
        JsonStructure original = parse(document);
        List<String> pointers = new ArrayList<>();
        collectPointers(original, "", pointers);
        Gen<JsonEdit.Kind> kinds = Gen.of(JsonEdit.Kind.values());
        Gen<String> targets = Gen.of(pointers);
        Gen<String> values = rawValues(interesting);
        Gen<JsonEdit> edit = random -> new JsonEdit(kinds.next(random), targets.next(random), values.next(random));
        return edit.list(1, 4).map(edits -> {
            JsonStructure result = original;
            List<String> raws = new ArrayList<>();
            for (JsonEdit e : edits) {
                result = e.apply(result, raws);
            }
            String text = result.toString();
            for (int i = 0; i < raws.size(); i++) {
                text = text.replace("\"" + placeholder(i) + "\"", raws.get(i));
            }
            return text;
        });
    }

    /** Short strings of every kind, weighted towards those that parsers treat specially. */
    public static Gen<String> snippets(String... interesting) {
        List<String> special = new ArrayList<>(SPECIAL);
        special.addAll(List.of(interesting));
        return Gen.frequency(
                Gen.weighted(3, Gen.of(special)),
                Gen.weighted(2, Gen.strings(Gen.SYNTAX, 8)),
                Gen.weighted(1, Gen.strings(8)));
    }

    /** JSON values as text: well-formed ones of every type, broken ones, and deeply nested ones. */
    public static Gen<String> rawValues(String... interesting) {
        Gen<Integer> depths = Gen.integers(1, 4000);
        return Gen.frequency(
                Gen.weighted(12, Gen.of(VALUES)),
                Gen.weighted(4, snippets(interesting).map(s -> JSON.createValue(s).toString())),
                Gen.weighted(4, Gen.of(interesting.length == 0 ? new String[] {""} : interesting)
                        .map(s -> JSON.createValue(s).toString())),
                Gen.weighted(1, Gen.of(BROKEN)),
                Gen.weighted(1, random -> {
                    int depth = depths.next(random);
                    return random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                            : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                }));
    }

    private static boolean isJson(String document) {
        try {
            parse(document);
            return true;
        } catch (JsonException e) {
            return false;
        }
    }

    private static JsonStructure parse(String document) {
        try (var reader = JSON.createReader(new StringReader(document))) {
            return reader.read();
        }
    }

    private static void collectPointers(JsonValue value, String pointer, List<String> pointers) {
        if (!pointer.isEmpty()) {
            pointers.add(pointer);
        }
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                collectPointers(member.getValue(), pointer + "/" + escape(member.getKey()), pointers);
            }
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                collectPointers(array.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String placeholder(int i) {
        return "@@mutation-raw-" + i + "@@";
    }

    private record TextEdit(Kind kind, int position, int length, String snippet) {
        enum Kind { DELETE, INSERT, REPLACE, DUPLICATE, CUT }

        String apply(String text) {
            int at = position % (text.length() + 1);
            int end = Math.min(text.length(), at + length);
            return switch (kind) {
                case DELETE -> text.substring(0, at) + text.substring(end);
                case INSERT -> text.substring(0, at) + snippet + text.substring(at);
                case REPLACE -> text.substring(0, at) + snippet + text.substring(end);
                case DUPLICATE -> text.substring(0, end) + text.substring(at);
                case CUT -> text.substring(0, at);
            };
        }
    }

    private record JsonEdit(Kind kind, String pointer, String raw) {
        enum Kind { REMOVE, REPLACE, ADD }

        JsonStructure apply(JsonStructure document, List<String> raws) {
            try {
                JsonPointer target = JSON.createPointer(pointer);
                if (!target.containsValue(document)) {
                    return document; // an earlier edit removed it
                }
                JsonValue value = JSON.createValue(placeholder(raws.size()));
                JsonStructure edited = switch (kind) {
                    case REMOVE -> target.remove(document);
                    case REPLACE -> target.replace(document, value);
                    case ADD -> {
                        JsonValue at = target.getValue(document);
                        if (at instanceof JsonObject) {
                            yield JSON.createPointer(pointer + "/x-added").add(document, value);
                        } else if (at instanceof JsonArray) {
                            yield JSON.createPointer(pointer + "/-").add(document, value);
                        }
                        yield target.replace(document, value);
                    }
                };
                if (kind != Kind.REMOVE) {
                    raws.add(raw);
                }
                return edited;
            } catch (JsonException e) {
                return document;
            }
        }
    }
}
