package org.scicoop.secretariat.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the application's PostgreSQL database, to check what the application stored (and a few writes). */
public final class Database {

    private Database() {
    }

    /** The first column of the first row of {@code sql}, as text; null when there is no row. */
    public static String single(String sql, Object... parameters) {
        return run(sql, parameters, statement -> {
            ResultSet result = statement.executeQuery();
            return result.next() ? result.getString(1) : null;
        });
    }

    /**
     * Changes rows behind the application's back ({@code sql} an update), as data stored by an earlier release would
     * be; answers how many rows changed.
     */
    public static int update(String sql, Object... parameters) {
        return run(sql, parameters, PreparedStatement::executeUpdate);
    }

    private interface Work<T> {
        T on(PreparedStatement statement) throws SQLException;
    }

    private static <T> T run(String sql, Object[] parameters, Work<T> work) {
        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + TestEnvironment.postgresPort() + "/" + TestEnvironment.postgresDatabase(),
                "postgres", "postgres");
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return work.on(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long agencyId(String country, String acronym) {
        return Long.parseLong(single("select id from funding_agency where country_code = ? and acronym = ?",
                country, acronym));
    }
}
