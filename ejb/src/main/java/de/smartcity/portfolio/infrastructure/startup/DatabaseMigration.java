package de.smartcity.portfolio.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application is deployed, before anything reads it. The
 * versioned scripts in {@code db/migration} are the only source of the schema.
 */
@Singleton
@Startup
// Flyway commits each migration itself; a surrounding JTA transaction would get in its way.
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  public static final String DATASOURCE = "java:jboss/datasources/SmartCityDS";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version %s (%d migration(s) applied now)"
                .formatted(result.targetSchemaVersion, result.migrationsExecuted));
  }
}
