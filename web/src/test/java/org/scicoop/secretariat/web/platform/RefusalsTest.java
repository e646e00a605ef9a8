package org.scicoop.secretariat.web.platform;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.scicoop.secretariat.platform.boundary.NotFound;
import org.scicoop.secretariat.platform.control.SecurityLog;

import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalsTest {

    @Test
    void aRefusedAccessIsOneSecurityEventNamingWhoWhatAndWhichObject() throws Exception {
        List<LogRecord> records = LogRecords.during(SecurityLog.LOGGER, () -> {
            Refusals.refused("member2", "GET /api/v1/proposals/12", 404, new NotFound("proposal 12"));
            Refusals.refused(null, "GET /app/admin/agencies.xhtml", 403, new IllegalStateException());
            Refusals.refused("member2", "PUT /api/v1/proposals/12", 412, new IllegalStateException("changed"));
        });

        assertThat(records).extracting(LogRecord::getMessage).containsExactly(
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

    @Test
    void aServiceCallThatFoundTheDatabaseOutOfReachIsOneLineNotAStackTrace() throws Exception {
        List<LogRecord> records = LogRecords.during(Refusals.class.getName(), () -> {
            Refusals.caught("member", "/app/proposals/proposal.xhtml", new EJBException(new PersistenceException(
                    new SQLException("Connection to localhost:5432 refused", "08001"))));
            Refusals.caught("member", "/app/proposals/proposal.xhtml", new EJBException(new IllegalStateException()));
        });

        assertThat(records).hasSize(2);
        assertThat(records.get(0).getLevel()).isEqualTo(Level.INFO);
        assertThat(records.get(0).getThrown()).isNull();
        assertThat(records.get(0).getMessage()).startsWith("Refused 503 /app/proposals/proposal.xhtml for member");
        assertThat(records.get(1).getLevel()).isEqualTo(Level.SEVERE);
        assertThat(records.get(1).getThrown()).isNotNull();
    }
}
