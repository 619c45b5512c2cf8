package de.smartcity.portfolio.infrastructure.demo;

import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.infrastructure.persistence.audit.AuditUser;
import de.smartcity.portfolio.infrastructure.security.PasswordHashing;
import de.smartcity.portfolio.infrastructure.startup.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with the invented demo portfolio. Setting {@code smartcity.demo-data}
 * (environment: {@code SMARTCITY_DEMO_DATA}) is {@code true}, {@code false} or {@code auto}, the
 * default: demo data only on the embedded H2 database, never on a production database unless asked.
 * A database that holds any project is left alone, so a restart never loads the data twice.
 */
@Singleton
@Startup
// The benchmark's deployment adds its loader (module benchmark) with a descriptor that makes this
// bean wait for it, so that a scaled data set is never topped up with the demo.
@DependsOn("DatabaseMigration")
public class DemoDataLoader {

  /** The demo portfolio: Bochum's real projects plus invented ones, 115 in all. */
  static final int DEMO_PROJECTS = 115;

  static final int DEMO_RECEIPTS_PER_PROJECT = 60;
  static final long DEMO_SEED = 2021L;

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "smartcity.demo-data", defaultValue = "auto")
  String setting;

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  private DataSource dataSource;

  @PersistenceContext(unitName = "smartcity")
  private EntityManager entityManager;

  @Inject private ProjectRepository projects;
  @Inject private Clock clock;
  @Inject private PasswordHashing hashing;

  @PostConstruct
  void loadWhenWanted() {
    if (wanted()) {
      loadIfEmpty();
    }
  }

  /**
   * Loads the demo portfolio unless the database holds a project already.
   *
   * @return whether it loaded anything
   */
  public boolean loadIfEmpty() {
    if (projects.count() > 0) {
      LOG.fine("Projects exist already; no demo data loaded");
      return false;
    }
    long started = System.nanoTime();
    PortfolioGenerator generator =
        new PortfolioGenerator(
            DEMO_SEED, DEMO_PROJECTS, DEMO_RECEIPTS_PER_PROJECT, LocalDate.now(clock));
    int written =
        AuditUser.runAs(
            "demo-data",
            () -> {
              int count = new DemoDataWriter(entityManager).write(generator, hashing::hash);
              // the audit trail takes the job's name when the rows are written, so they are
              // written while the job runs, not at the commit after it
              entityManager.flush();
              return count;
            });
    LOG.info(
        () ->
            "Loaded the demo portfolio with %d projects in %d ms (invented figures, for trying the product out)"
                .formatted(written, (System.nanoTime() - started) / 1_000_000));
    return true;
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
