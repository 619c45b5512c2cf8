package de.smartcity.portfolio.infrastructure.demo;

import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.infrastructure.startup.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with the invented demo portfolio. Setting {@code smartcity.demo-data}
 * (environment: {@code SMARTCITY_DEMO_DATA}) is {@code true}, {@code false} or {@code auto}, the
 * default: demo data only on the embedded H2 database, never on a production database unless asked.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "smartcity.demo-data", defaultValue = "auto")
  String setting;

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  private DataSource dataSource;

  @Inject private ProjectRepository projects;
  @Inject private ProjectService projectService;

  @PostConstruct
  void loadWhenWanted() {
    if (!wanted()) {
      return;
    }
    if (projects.count() > 0) {
      LOG.fine("Projects exist already; no demo data loaded");
      return;
    }
    DemoPortfolio.projects().forEach(projectService::registerProject);
    LOG.info("Loaded the demo portfolio (invented figures, for trying the product out)");
  }

  private boolean wanted() {
    return switch (setting.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      case "auto" -> isEmbeddedDatabase();
      default ->
          throw new IllegalStateException(
              "smartcity.demo-data must be true, false or auto, not '" + setting + "'");
    };
  }

  private boolean isEmbeddedDatabase() {
    try (Connection connection = dataSource.getConnection()) {
      return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to decide on demo data", e);
    }
  }
}
