package org.scicoop.secretariat.platform.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the current schema with Flyway. Production migrations live in
 * {@code db/migration}; the demo reference data in {@code db/demo} is added only for the local run
 * and the tests, never in production.
 */
public final class SchemaMigration {

    public static final String PRODUCTION_LOCATION = "classpath:db/migration";
    public static final String DEMO_LOCATION = "classpath:db/demo";

    private SchemaMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource, boolean withDemoData, ClassLoader classLoader) {
        List<String> locations = new ArrayList<>(List.of(PRODUCTION_LOCATION));
        if (withDemoData) {
            locations.add(DEMO_LOCATION);
        }
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(true)
                // WildFly's EJB timer store creates its own table (jboss_ejb_timer) in the same schema
                // before the application starts: a schema holding only that is still "empty" for us.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // A database that once held demo data keeps its repeatable migration in the history.
                .ignoreMigrationPatterns("*:missing")
                .load()
                .migrate();
    }
}
