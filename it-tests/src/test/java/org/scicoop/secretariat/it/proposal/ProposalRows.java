package org.scicoop.secretariat.it.proposal;

import org.scicoop.secretariat.it.support.TestEnvironment;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Proposals written straight into the application's database, as migration V8 defines them: a
 * consortium and its submission, set up in a second without the member pages or the API (which
 * other tests drive). Rows only; the application reads them like any other.
 */
final class ProposalRows {

    /** A partner: organisation (by name), funding source, agency (country and acronym) or none, currency, request. */
    record Partner(String organisation, String source, String agencyCountry, String agencyAcronym, String currency,
                   BigDecimal requested, String member) {
    }

    private ProposalRows() {
    }

    /** Inserts a proposal of {@code callCode} coordinated by {@code coordinator}; its id. */
    static long insert(String callCode, String coordinator, String acronym, String title, String status,
                       Instant submittedAt, List<Partner> partners) {
        try (Connection db = connection()) {
            db.setAutoCommit(false);
            long id;
            try (PreparedStatement proposal = db.prepareStatement("""
                    insert into proposal (call_id, coordinator, acronym, title, abstract_text, keywords,
                                          duration_months, status, created_at, submitted_at, version)
                    select c.id, ?, ?, ?, 'Abstract of the test proposal.', 'test', 24, ?, ?, ?, 0
                    from funding_call c where c.code = ?
                    returning id""")) {
                proposal.setString(1, coordinator);
                proposal.setString(2, acronym);
                proposal.setString(3, title);
                proposal.setString(4, status);
                proposal.setTimestamp(5, Timestamp.from(Instant.now()));
                proposal.setTimestamp(6, submittedAt == null ? null : Timestamp.from(submittedAt));
                proposal.setString(7, callCode);
                ResultSet key = proposal.executeQuery();
                if (!key.next()) {
                    throw new IllegalStateException("no call " + callCode);
                }
                id = key.getLong(1);
            }
            int ordinal = 0;
            for (Partner partner : partners) {
                try (PreparedStatement row = db.prepareStatement("""
                        insert into proposal_partner (proposal_id, ordinal, coordinating, organisation_id, country_code,
                                                      pi_name, pi_email, member_username, funding_source, agency_id,
                                                      currency, requested, person_months, version)
                        select ?, ?, ?, o.id, o.country_code, ?, ?, ?, ?,
                               (select a.id from funding_agency a where a.country_code = ? and a.acronym = ?),
                               ?, ?, 12.0, 0
                        from organisation o where o.name = ? order by o.id fetch first 1 rows only""")) {
                    row.setLong(1, id);
                    row.setInt(2, ordinal);
                    row.setBoolean(3, ordinal == 0);
                    row.setString(4, "Investigator " + ordinal);
                    row.setString(5, "pi" + ordinal + "." + acronym.toLowerCase() + "@example.org");
                    row.setString(6, partner.member());
                    row.setString(7, partner.source());
                    row.setString(8, partner.agencyCountry());
                    row.setString(9, partner.agencyAcronym());
                    row.setString(10, partner.currency());
                    row.setBigDecimal(11, partner.requested());
                    row.setString(12, partner.organisation());
                    if (row.executeUpdate() != 1) {
                        throw new IllegalStateException("no organisation " + partner.organisation());
                    }
                }
                ordinal++;
            }
            if (submittedAt != null) {
                try (PreparedStatement submission = db.prepareStatement("""
                        insert into proposal_submission (proposal_id, version_number, receipt, submitted_at,
                                                         submitted_by, content)
                        values (?, 1, ?, ?, ?, ?)""")) {
                    submission.setLong(1, id);
                    submission.setString(2, callCode + "-P" + id + "-V1");
                    submission.setTimestamp(3, Timestamp.from(submittedAt));
                    submission.setString(4, coordinator);
                    submission.setString(5, "{\"acronym\":\"" + acronym + "\",\"title\":\"" + title + "\"}");
                    submission.executeUpdate();
                }
            }
            db.commit();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A count from the database, to compare with what a page shows. */
    static long count(String sql, Object... parameters) {
        try (Connection db = connection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            ResultSet result = statement.executeQuery();
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + TestEnvironment.postgresPort()
                + "/postgres", "postgres", "postgres");
    }
}
