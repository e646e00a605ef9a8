package org.scicoop.secretariat.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** The two databases the schema must work on: H2 (local run) and a real PostgreSQL (production). */
public enum TestDatabase {
    H2 {
        @Override
        public DataSource freshDataSource() {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            dataSource.setUser("sa");
            return dataSource;
        }
    },
    POSTGRESQL {
        private EmbeddedPostgres server;

        @Override
        public synchronized DataSource freshDataSource() {
            try {
                if (server == null) {
                    server = EmbeddedPostgres.builder().start();
                    Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
                }
                String name = "t" + UUID.randomUUID().toString().replace("-", "");
                try (var connection = server.getPostgresDatabase().getConnection();
                     var statement = connection.createStatement()) {
                    statement.execute("create database " + name);
                }
                return server.getDatabase("postgres", name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private void stop() {
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is exiting
            }
        }
    };

    public abstract DataSource freshDataSource();
}
