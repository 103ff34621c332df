package dev.hankojakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README's log catalogue and the code agree: every {@code HANKO-nnn} id the code logs has a row in the README's
 * Logs table, and every row names an id the code still logs.
 */
class LogCatalogueTest {

    private static final Pattern ID = Pattern.compile("HANKO-\\d{3}");
    /** A row of the catalogue: a table line whose first cell is an id. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `(HANKO-\\d{3})` \\|");

    @Test
    void everyIdTheCodeLogsIsCataloguedAndNoOther() throws IOException {
        Set<String> logged = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> collect(f, logged));
        }
        Set<String> catalogued = new TreeSet<>();
        Matcher row = ROW.matcher(logsSection());
        while (row.find()) {
            catalogued.add(row.group(1));
        }
        assertFalse(logged.isEmpty(), "no HANKO-nnn id found in src/main/java");
        assertEquals(logged, catalogued, "README.md's Logs table and the ids logged in src/main/java differ");
    }

    private static String logsSection() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Logs\n");
        assertFalse(start < 0, "README.md has no '## Logs' section");
        int end = readme.indexOf("\n## ", start + 1);
        return end < 0 ? readme.substring(start) : readme.substring(start, end);
    }

    private static void collect(Path file, Set<String> ids) {
        try {
            Matcher id = ID.matcher(Files.readString(file));
            while (id.find()) {
                ids.add(id.group());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
