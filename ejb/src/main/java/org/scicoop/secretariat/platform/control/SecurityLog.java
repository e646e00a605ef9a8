package org.scicoop.secretariat.platform.control;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Security events in the server log, one line each, on their own logger ({@value #LOGGER}) so that an operator
 * can route or alert on them: {@code event=… actor=… key=value …}. Values are quoted when they hold spaces,
 * quotes or an equals sign; line breaks are escaped, so one event is always one line.
 */
public final class SecurityLog {

    public static final String LOGGER = "org.scicoop.secretariat.security";

    private static final Logger LOG = Logger.getLogger(LOGGER);

    private SecurityLog() {
    }

    /** Something the secretariat should look at (a refused or suspicious request). */
    public static void warning(String event, String actor, Map<String, ?> details) {
        LOG.log(Level.WARNING, () -> line(event, actor, details));
    }

    /** A security-relevant action that went as it should (a link, a grant). */
    public static void info(String event, String actor, Map<String, ?> details) {
        LOG.log(Level.INFO, () -> line(event, actor, details));
    }

    static String line(String event, String actor, Map<String, ?> details) {
        return "event=" + value(event) + " actor=" + value(actor) + details.entrySet().stream()
                .map(e -> " " + e.getKey() + "=" + value(e.getValue()))
                .collect(Collectors.joining());
    }

    private static String value(Object value) {
        String text = String.valueOf(value).replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
        return text.isEmpty() || text.chars().anyMatch(c -> c == ' ' || c == '"' || c == '=')
                ? '"' + text.replace("\"", "\\\"") + '"' : text;
    }
}
