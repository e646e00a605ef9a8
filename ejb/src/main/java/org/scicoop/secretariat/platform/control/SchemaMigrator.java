package org.scicoop.secretariat.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.api.output.MigrateResult;
import org.scicoop.secretariat.platform.schema.SchemaMigration;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Migrates the database when the application starts, before any request is served, and checks that the file
 * directory, where one is set ({@link FileDirectory}), can be written. Flyway manages its own transactions, hence
 * bean-managed transactions here.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/SecretariatDS")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        boolean demo = Settings.demoData();
        MigrateResult result = SchemaMigration.migrate(dataSource, demo, SchemaMigration.class.getClassLoader());
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied" + (demo ? ", demo data loaded" : "") + ")");
        FileDirectory.configured().ifPresent(FileDirectory::checkWritable);
    }
}
