package org.scicoop.secretariat.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the application's PostgreSQL database, to check what the application stored. */
public final class Database {

    private Database() {
    }

    /** The first column of the first row of {@code sql}, as text; null when there is no row. */
    public static String single(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + TestEnvironment.postgresPort() + "/postgres", "postgres", "postgres");
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            ResultSet result = statement.executeQuery();
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long agencyId(String country, String acronym) {
        return Long.parseLong(single("select id from funding_agency where country_code = ? and acronym = ?",
                country, acronym));
    }
}
