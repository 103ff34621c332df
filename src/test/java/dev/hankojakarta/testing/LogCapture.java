package dev.hankojakarta.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a {@code java.util.logging} logger and the loggers below it record, at every level, kept for the test and not
 * printed. Either as a JUnit extension that listens during each test:
 * <pre>{@code @RegisterExtension final LogCapture logged = new LogCapture(OutageLog.class);}</pre>
 * or attached at once until closed, for property and fuzz tests that provoke thousands of outages:
 * <pre>{@code LogCapture logs = LogCapture.of("dev.hankojakarta");}</pre>
 */
public final class LogCapture extends Handler implements BeforeEachCallback, AfterEachCallback, AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private Level levelBefore;
    private boolean parentHandlersBefore;

    public LogCapture(Class<?> loggingClass) {
        this(loggingClass.getName());
    }

    private LogCapture(String name) {
        this.logger = Logger.getLogger(name);
        setLevel(Level.ALL);
    }

    /** Captures {@code name} and the loggers below it until {@link #close()}. */
    public static LogCapture of(String name) {
        LogCapture capture = new LogCapture(name);
        capture.attach();
        return capture;
    }

    private void attach() {
        levelBefore = logger.getLevel();
        parentHandlersBefore = logger.getUseParentHandlers();
        logger.setLevel(Level.ALL);
        logger.setUseParentHandlers(false);
        logger.addHandler(this);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        attach();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(parentHandlersBefore);
        logger.setLevel(levelBefore);
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    public long count(Level level) {
        return records.stream().filter(r -> r.getLevel() == level).count();
    }

    /** The messages logged at WARNING, in order. */
    public List<String> warnings() {
        return records.stream().filter(r -> r.getLevel() == Level.WARNING).map(LogRecord::getMessage).toList();
    }

    /** Every message logged so far, with the messages of logged exceptions and their causes. */
    public List<String> messages() {
        List<String> messages = new java.util.ArrayList<>();
        for (LogRecord record : records) {
            messages.add(record.getMessage());
            for (Throwable t = record.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                messages.add(t.getClass().getName() + ": " + t.getMessage());
            }
        }
        return messages;
    }

    public void clear() {
        records.clear();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }
}
