package dev.mockinterview.testsupport;

import org.jboss.logmanager.ExtLogRecord;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every log record the service writes while open, with the MDC fields it had when it was logged (what the JSON
 * log line of production shows under {@code mdc}).
 */
public final class CapturedLogs extends Handler implements AutoCloseable {
    /** One captured record: its logger, its message as formatted, its MDC fields and its exception, if any. */
    public record Line(String logger, String message, Map<String, String> mdc, Throwable thrown) {
        /** Everything of the line that could reach a log file. */
        public String everything() {
            return logger + " " + message + " " + mdc + " " + (thrown == null ? "" : thrown.toString());
        }
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private CapturedLogs() {
    }

    public static CapturedLogs start() {
        CapturedLogs logs = new CapturedLogs();
        Logger.getLogger("").addHandler(logs);
        return logs;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        ExtLogRecord ext = ExtLogRecord.wrap(record);
        lines.add(new Line(record.getLoggerName(), ext.getFormattedMessage(), Map.copyOf(ext.getMdcCopy()),
                record.getThrown()));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
