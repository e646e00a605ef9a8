package org.scicoop.secretariat.web.platform;

import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.SecurityLog;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalsTest {

    @Test
    void aRefusedAccessIsOneSecurityEventNamingWhoWhatAndWhichObject() {
        List<String> lines = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger security = Logger.getLogger(SecurityLog.LOGGER);
        security.addHandler(handler);
        try {
            Refusals.refused("member2", "GET /api/v1/proposals/12", 404, new NotFound("proposal 12"));
            Refusals.refused(null, "GET /app/admin/agencies.xhtml", 403, new IllegalStateException());
            Refusals.refused("member2", "PUT /api/v1/proposals/12", 412, new IllegalStateException("changed"));
        } finally {
            security.removeHandler(handler);
        }

        assertThat(lines).containsExactly(
                "event=access.refused actor=member2 status=404 action=\"GET /api/v1/proposals/12\""
                        + " reason=\"NotFound: proposal 12\"",
                "event=access.refused actor=anonymous status=403 action=\"GET /app/admin/agencies.xhtml\""
                        + " reason=IllegalStateException");
    }

    @Test
    void aCalendarFeedsSecretNeverReachesTheLog() {
        assertThat(Refusals.withoutSecrets("GET /api/v1/calendars/Zm9vYmFyLWJheg_-x.ics"))
                .isEqualTo("GET /api/v1/calendars/{secret}");
        assertThat(Refusals.withoutSecrets("PATCH /api/v1/calendars/abc.ics/nothing-here?x=1"))
                .isEqualTo("PATCH /api/v1/calendars/{secret}/nothing-here?x=1");
        assertThat(Refusals.withoutSecrets("GET /api/v1/projects/12")).isEqualTo("GET /api/v1/projects/12");
    }
}
