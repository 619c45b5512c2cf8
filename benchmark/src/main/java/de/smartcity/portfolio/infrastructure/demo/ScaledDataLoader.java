package de.smartcity.portfolio.infrastructure.demo;

import de.smartcity.portfolio.infrastructure.persistence.audit.AuditUser;
import de.smartcity.portfolio.infrastructure.security.PasswordHashing;
import de.smartcity.portfolio.infrastructure.startup.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the benchmark data set into an empty database (H2 or PostgreSQL) when {@code
 * smartcity.demo-scale} (environment: {@code SMARTCITY_DEMO_SCALE}) names a number of projects; by
 * default it is 0 and this bean does nothing. People, the demo users and the grants go through the
 * domain model as in the demo; the projects with their milestones, status reports, cost plans and
 * receipts go in by batched JDBC, committed in slices, because a million receipts through the
 * entity manager would take far too long.
 *
 * <p>Not part of the application: this module's classes reach a server only through the benchmark's
 * deployment, which puts them into the EJB module beside the demo generator (whose package-private
 * records they write) together with this module's {@code META-INF/ejb-jar.xml}. That descriptor
 * makes {@link DemoDataLoader} wait for this bean, so the demo loader then finds projects and loads
 * nothing, and the first administrator's bootstrap finds the demo users.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ScaledDataLoader {

  /**
   * With 10,000 projects this gives 1,002,816 receipts (seed 2021, any reference day from 2026 on).
   */
  static final int RECEIPTS_PER_PROJECT = 150;

  private static final Logger LOG = Logger.getLogger(ScaledDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "smartcity.demo-scale", defaultValue = "0")
  int projectCount;

  /** The generator's reference day; without it, today in the city's time zone. */
  @Inject
  @ConfigProperty(name = "smartcity.demo-day")
  Optional<LocalDate> referenceDay;

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  private DataSource dataSource;

  @Resource private UserTransaction transaction;

  @PersistenceContext(unitName = "smartcity")
  private EntityManager entityManager;

  @Inject private Clock clock;
  @Inject private PasswordHashing hashing;

  @PostConstruct
  void loadWhenWanted() {
    if (projectCount < 0) {
      throw new IllegalStateException(
          "smartcity.demo-scale must be a number of projects, not " + projectCount);
    }
    if (projectCount > 0) {
      try {
        load();
      } catch (Exception e) {
        throw new IllegalStateException("Cannot load the scaled benchmark data set", e);
      }
    }
  }

  private void load() throws Exception {
    if (projectsExist()) {
      LOG.info("Projects exist already; the scaled data set is not loaded again");
      return;
    }
    LocalDate day = referenceDay.orElseGet(() -> LocalDate.now(clock));
    long started = System.nanoTime();
    PortfolioGenerator generator =
        new PortfolioGenerator(DemoDataLoader.DEMO_SEED, projectCount, RECEIPTS_PER_PROJECT, day);
    inTransaction(
        () -> {
          new DemoDataWriter(entityManager).writePeopleUsersAndGrants(generator, hashing::hash);
          entityManager.flush();
          return null;
        });
    long rows;
    try (Connection connection = dataSource.getConnection();
        BulkProjectWriter writer = new BulkProjectWriter(connection)) {
      generator.projects(
          project -> {
            try {
              writer.write(project);
            } catch (SQLException e) {
              throw new IllegalStateException("Cannot write project " + project.code(), e);
            }
          });
      writer.finish();
      rows = writer.rows();
    }
    inTransaction(
        () -> {
          new DemoDataWriter(entityManager).writeNotices(generator);
          new DemoDataWriter(entityManager).writeCalls(generator);
          return null;
        });
    refreshPlannerStatistics();
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        () ->
            ("Loaded the scaled benchmark data set: %d projects, %d rows in %d ms (seed %d,"
                    + " reference day %s)")
                .formatted(projectCount, rows, millis, DemoDataLoader.DEMO_SEED, day));
  }

  private boolean projectsExist() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM project")) {
      count.next();
      return count.getLong(1) > 0;
    }
  }

  /**
   * Tells the database's query planner how large the tables have become: right after a bulk load
   * PostgreSQL still plans for empty tables (it counted 1 open milestone where there were 6,000)
   * until its autovacuum comes round.
   */
  private void refreshPlannerStatistics() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      boolean postgresql = BulkProjectWriter.isPostgresql(connection);
      for (String table : BULK_TABLES) {
        statement.execute((postgresql ? "ANALYZE " : "ANALYZE TABLE ") + table);
      }
    }
  }

  /** The tables the bulk load fills. */
  private static final List<String> BULK_TABLES =
      List.of(
          "project",
          "project_partner",
          "project_deputy",
          "project_kpi",
          "kpi_measurement",
          "milestone",
          "status_report",
          "cost_plan_line",
          "receipt",
          "receipt_total_project",
          "receipt_total_year",
          "receipt_total_grant_day");

  private void inTransaction(Supplier<Void> work) throws Exception {
    transaction.begin();
    try {
      AuditUser.runAs("demo-data", work);
      transaction.commit();
    } catch (Exception | Error e) {
      if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
      throw e;
    }
  }
}
