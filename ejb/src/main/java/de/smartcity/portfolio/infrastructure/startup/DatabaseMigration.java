package de.smartcity.portfolio.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Brings the schema up to date when the application is deployed, before anything reads it. The
 * versioned scripts in {@code db/migration} are the only source of the schema, on H2 and PostgreSQL
 * alike. When the database cannot be reached or a migration fails, the deployment fails with one
 * clear log line, and the application serves no request.
 */
@Singleton
@Startup
// Flyway commits each migration itself; a surrounding JTA transaction would get in its way.
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  public static final String DATASOURCE = "java:jboss/datasources/SmartCityDS";

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class);

  @Resource(lookup = DATASOURCE)
  private DataSource dataSource;

  // Read only to name them in a failure; the datasource itself takes them from the server.
  @Inject
  @ConfigProperty(name = "smartcity.db.driver")
  Optional<String> driver;

  @Inject
  @ConfigProperty(name = "smartcity.db.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "smartcity.db.user")
  Optional<String> user;

  @PostConstruct
  void migrate() {
    requireReachableDatabase();
    try {
      MigrateResult result =
          Flyway.configure(DatabaseMigration.class.getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .load()
              .migrate();
      // Flyway names no target version when there was nothing to apply.
      LOG.infof(
          "Database schema at version %s (%d migration(s) applied now)",
          result.targetSchemaVersion != null
              ? result.targetSchemaVersion
              : result.initialSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      LOG.error(
          "Database schema migration failed, so the application does not start: " + e.getMessage());
      throw e;
    }
  }

  private void requireReachableDatabase() {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData database = connection.getMetaData();
      LOG.infof(
          "Database %s %s at %s",
          database.getDatabaseProductName(),
          database.getDatabaseProductVersion(),
          DatabaseSettings.withoutPassword(database.getURL()));
    } catch (SQLException e) {
      String message = new DatabaseSettings(driver, url, user).unreachable(e);
      LOG.error(message);
      throw new IllegalStateException(message, e);
    }
  }
}
