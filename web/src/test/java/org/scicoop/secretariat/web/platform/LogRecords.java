package org.scicoop.secretariat.web.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What a logger receives while an action runs: for the tests of what the application logs. */
public final class LogRecords {

    /** Something that may log, and throw. */
    public interface Action {
        void run() throws Exception;
    }

    private LogRecords() {
    }

    /** The records {@code logger} received while {@code action} ran, in order. */
    public static List<LogRecord> during(String logger, Action action) throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
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
        };
        Logger log = Logger.getLogger(logger);
        log.addHandler(handler);
        try {
            action.run();
        } finally {
            log.removeHandler(handler);
        }
        return records;
    }
}
