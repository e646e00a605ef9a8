package org.scicoop.secretariat.web.platform;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.servlet.ServletException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;

import javax.transaction.xa.XAException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;

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
    void aCommitThatFailedBecauseTheServerWentDownIsAnOutageThoughOnlyWhatItSuppressedSaysSo() {
        // long before any outage the other tests recognise (their times are later), and the outage this one
        // recognises is long before theirs: only the suppressed cause can make it one
        long now = System.nanoTime() - Duration.ofHours(2).toNanos();
        XAException resource = new XAException("IJ001156: Could not commit local transaction");
        resource.initCause(new ResourceException("SQLException",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(resource);
        assertThat(DatabaseOutage.causes(new EJBTransactionRolledbackException("rolled back", commit), now)).isTrue();

        RollbackException logical = new RollbackException("ARJUNA016053: Could not commit transaction.");
        logical.addSuppressed(new XAException("IJ001156: Could not commit local transaction"));
        // long after every outage any test recognised
        long later = System.nanoTime() + Duration.ofHours(100).toNanos();
        assertThat(DatabaseOutage.causes(new EJBTransactionRolledbackException("rolled back", logical), later))
                .as("nothing suppressed says the database is gone").isFalse();
    }

    @Test
    void aTransactionOrConnectionFailureThatSaysNoReasonIsPartOfAnOutageSeenShortlyBefore() {
        // later than any outage the other tests recognised (they use the real clock)
        long outage = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        Throwable rolledBack = new EJBException(new RollbackException("ARJUNA016053: Could not commit transaction."));
        Throwable unusable = new PersistenceException(new SQLException("IJ031070: Transaction cannot proceed"));
        Throwable xa = new EJBException(new XAException(XAException.XAER_RMFAIL));
        Throwable duplicate = new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"));
        long before = outage - Duration.ofSeconds(1).toNanos();
        assertThat(DatabaseOutage.causes(rolledBack, before)).as("before any outage").isFalse();

        assertThat(DatabaseOutage.causes(new SQLException("I/O error", "08006"), outage)).isTrue();
        long soon = outage + Duration.ofSeconds(5).toNanos();
        assertThat(DatabaseOutage.causes(rolledBack, soon)).isTrue();
        assertThat(DatabaseOutage.causes(unusable, soon)).isTrue();
        assertThat(DatabaseOutage.causes(xa, soon)).isTrue();
        assertThat(DatabaseOutage.causes(duplicate, soon)).as("a logical refusal stays one").isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("a bug"), soon)).isFalse();

        long later = outage + DatabaseOutage.AFTERMATH.toNanos() + 1;
        assertThat(DatabaseOutage.causes(rolledBack, later)).isFalse();
        assertThat(DatabaseOutage.causes(unusable, later)).isFalse();
    }

    @Test
    void otherFailuresAreNot() {
        // long after any outage the other tests recognised
        long now = System.nanoTime() + Duration.ofHours(1).toNanos();
        assertThat(DatabaseOutage.causes(null, now)).isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("a bug"), now)).isFalse();
        assertThat(DatabaseOutage.causes(new EJBException(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate key", "23505"))), now)).isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("deadlock detected", "40P01"), now)).isFalse();
        assertThat(DatabaseOutage.causes(new SQLException("no state"), now)).isFalse();
        assertThat(DatabaseOutage.causes(new RollbackException("rolled back"), now)).isFalse();
        RuntimeException loop = new RuntimeException("a cause that points at itself through another");
        RuntimeException other = new RuntimeException(loop);
        loop.initCause(other);
        assertThat(DatabaseOutage.causes(other, now)).isFalse();
    }
}
