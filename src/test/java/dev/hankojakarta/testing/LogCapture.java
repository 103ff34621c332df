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
 * What one {@code java.util.logging} logger records during a test, at every level. Use it as a field:
 * <pre>{@code @RegisterExtension final LogCapture log = new LogCapture(OutageLog.class);}</pre>
 */
public final class LogCapture extends Handler implements BeforeEachCallback, AfterEachCallback {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private Level levelBefore;

    public LogCapture(Class<?> loggingClass) {
        this.logger = Logger.getLogger(loggingClass.getName());
        setLevel(Level.ALL);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger.removeHandler(this);
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

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
