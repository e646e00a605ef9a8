package org.scicoop.secretariat.web.platform;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void aConnectionRefusedBrokenOrClosedInsideTheWrappersIsAnOutage() {
        SQLException refused = new SQLException("Connection to localhost:15732 refused", "08001");
        assertThat(DatabaseOutage.causes(new EJBException(new PersistenceException("Unable to acquire JDBC Connection",
                refused)))).isTrue();
        assertThat(DatabaseOutage.causes(new PersistenceException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("This connection has been closed.", "08003"))).isTrue();
    }

    @Test
    void theServerShuttingDownOrStartingUpIsAnOutage() {
        for (String state : new String[]{"57P01", "57P02", "57P03"}) {
            assertThat(DatabaseOutage.causes(new EJBTransactionRolledbackException("rolled back",
                    new PersistenceException(new SQLException("terminating connection", state))))).as(state).isTrue();
        }
    }

    @Test
    void thePoolUnableToHandOutAConnectionIsAnOutageEvenBehindARootCauseOrANextException() {
        SQLException pool = new SQLException("IJ031019");
        pool.initCause(new ResourceException("IJ000453: Unable to get managed connection"));
        assertThat(DatabaseOutage.causes(new ServletException("render", new RuntimeException("wrapper", pool))))
                .isTrue();
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("An I/O error occurred", "08006"));
        assertThat(DatabaseOutage.causes(new PersistenceException(batch))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.causes(null)).isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.causes(new EJBException(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"))))).isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("deadlock detected", "40P01"))).isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("no state"))).isFalse();
        RuntimeException loop = new RuntimeException("a cause that points at itself through another");
        RuntimeException other = new RuntimeException(loop);
        loop.initCause(other);
        assertThat(DatabaseOutage.causes(other)).isFalse();
    }
}
