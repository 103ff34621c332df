package dev.hankojakarta.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Everything a logger and its children log, at every level, kept for the test and not printed: property and fuzz
 * tests that provoke thousands of outages stay quiet, and can still check what would have been logged.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final Level levelBefore;
    private final boolean parentHandlersBefore;
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            messages.add(record.getMessage());
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                messages.add(t.getClass().getName() + ": " + t.getMessage());
                if (t.getCause() == t) {
                    break;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(String name) {
        logger = Logger.getLogger(name);
        levelBefore = logger.getLevel();
        parentHandlersBefore = logger.getUseParentHandlers();
        handler.setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
    }

    /** Captures {@code name} and the loggers below it until {@link #close()}. */
    public static LogCapture of(String name) {
        return new LogCapture(name);
    }

    /** The messages logged so far, with the messages of logged exceptions and their causes. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    public void clear() {
        messages.clear();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(parentHandlersBefore);
        logger.setLevel(levelBefore);
    }
}
