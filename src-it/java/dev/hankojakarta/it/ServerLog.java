package dev.hankojakarta.it;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Captures what the servers print. The Arquillian connectors copy the server process's output to this JVM's
 * {@code System.out}; a tee keeps a copy in {@code target/it-logs/server.log} for tests that read the log.
 */
final class ServerLog {

    private static Path file;

    private ServerLog() {
    }

    /** Starts capturing, once per test JVM; the file starts empty with each run. */
    static synchronized void capture() {
        if (file != null) {
            return;
        }
        try {
            Path dir = Path.of(System.getProperty("it.logs", "target/it-logs"));
            Files.createDirectories(dir);
            file = dir.resolve("server.log");
            OutputStream copy = new FileOutputStream(file.toFile(), false);
            PrintStream original = System.out;
            System.setOut(new PrintStream(new OutputStream() {
                @Override
                public synchronized void write(int b) throws IOException {
                    original.write(b);
                    copy.write(b);
                }

                @Override
                public synchronized void write(byte[] b, int off, int len) throws IOException {
                    original.write(b, off, len);
                    copy.write(b, off, len);
                }

                @Override
                public synchronized void flush() throws IOException {
                    original.flush();
                    copy.flush();
                }
            }, true, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything captured so far. */
    static String text() {
        System.out.flush();
        try {
            return file == null ? "" : Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
