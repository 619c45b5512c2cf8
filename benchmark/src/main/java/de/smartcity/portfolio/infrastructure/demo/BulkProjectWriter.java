package de.smartcity.portfolio.infrastructure.demo;

import de.smartcity.portfolio.domain.model.budget.Receipt.Booking;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.infrastructure.persistence.changes.CommittedChanges;
import de.smartcity.portfolio.infrastructure.persistence.jpa.ReceiptTotals;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes generated projects with everything that hangs off them straight into the tables, in JDBC
 * batches committed every {@link #PROJECTS_PER_COMMIT} projects. Only for the benchmark data set: a
 * million receipts through the entity manager one by one would take the better part of an hour, and
 * this path writes no audit trail. Ids come from a block of the shared sequence that this writer
 * reserves by moving the sequence past what it used. Writing past EclipseLink, it also passes past
 * the listener that keeps the running totals of receipts, so it moves them itself, through the same
 * {@link ReceiptTotals}, in the commit that writes the receipts.
 */
final class BulkProjectWriter implements AutoCloseable {

  static final int PROJECTS_PER_COMMIT = 200;

  private final Connection connection;
  private final Map<String, Long> themes;
  private final Map<String, Long> fields;
  private final Map<String, Long> organisations;
  private final Map<String, Long> categories;
  private final Map<String, Long> people;
  private final Map<String, Long> grants;
  private final List<PreparedStatement> statements = new ArrayList<>();
  private final PreparedStatement project;
  private final PreparedStatement partner;
  private final PreparedStatement deputy;
  private final PreparedStatement kpi;
  private final PreparedStatement measurement;
  private final PreparedStatement milestone;
  private final PreparedStatement report;
  private final PreparedStatement planLine;
  private final PreparedStatement receipt;
  private final ReceiptTotals totals;
  private final List<Booking> uncounted = new ArrayList<>();
  private long nextId;
  private int pending;
  private long rows;

  BulkProjectWriter(Connection connection) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
    themes = ids("SELECT code, id FROM strategic_theme");
    fields = ids("SELECT code, id FROM field_of_action");
    organisations = ids("SELECT short_name, id FROM organisation");
    categories = ids("SELECT code, id FROM cost_category");
    people = ids("SELECT email, id FROM person");
    grants = ids("SELECT component, id FROM funding_grant");
    nextId = sequenceValue() + 1;
    totals = ReceiptTotals.overJdbc(connection, isPostgresql(connection));
    project =
        prepare(
            "INSERT INTO project (id, version, code, title, theme_id, lead_organisation_id, status,"
                + " summary, field_of_action_id, project_manager_id, health, health_reason,"
                + " start_date, end_date, grant_id) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)");
    partner = prepare("INSERT INTO project_partner (project_id, organisation_id) VALUES (?, ?)");
    deputy = prepare("INSERT INTO project_deputy (project_id, person_id) VALUES (?, ?)");
    kpi =
        prepare(
            "INSERT INTO project_kpi (project_id, kpi_order, kpi_key, measure, rationale, unit,"
                + " baseline, target_value, direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    measurement =
        prepare(
            "INSERT INTO kpi_measurement (id, version, project_id, kpi_key, measured_on,"
                + " measured_value, recorded_at, recorded_by) VALUES (?, 1, ?, ?, ?, ?, ?,"
                + " 'benchmark')");
    milestone =
        prepare(
            "INSERT INTO milestone (id, version, project_id, title, due_date, completed_on)"
                + " VALUES (?, 1, ?, ?, ?, ?)");
    report =
        prepare(
            "INSERT INTO status_report (id, version, project_id, report_date, author_id, health,"
                + " progress, next_steps, risks) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)");
    planLine =
        prepare(
            "INSERT INTO cost_plan_line (id, version, project_id, plan_year, cost_category_id,"
                + " planned, eligible, approved) VALUES (?, 1, ?, ?, ?, ?, ?, TRUE)");
    receipt =
        prepare(
            "INSERT INTO receipt (id, version, project_id, grant_id, payment_date, payee, purpose,"
                + " reference_number, cost_category_id, amount, eligible_amount)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  }

  /** Rows written so far, projects and everything that hangs off them. */
  long rows() {
    return rows;
  }

  void write(GeneratedData.Project generated) throws SQLException {
    long id = nextId++;
    Long grant = generated.grant() == null ? null : grants.get(generated.grant().name());
    project.setLong(1, id);
    project.setString(2, generated.code());
    project.setString(3, generated.title());
    project.setLong(4, themes.get(generated.theme()));
    project.setLong(5, organisations.get(generated.lead()));
    project.setString(6, generated.status().name());
    project.setString(7, generated.summary());
    project.setLong(8, fields.get(generated.field()));
    project.setLong(9, people.get(generated.managerEmail()));
    project.setString(10, generated.health().name());
    project.setString(11, generated.healthReason());
    project.setDate(12, date(generated.start()));
    project.setDate(13, date(generated.end()));
    setId(project, 14, grant);
    add(project);
    for (String organisation : generated.partners()) {
      partner.setLong(1, id);
      partner.setLong(2, organisations.get(organisation));
      add(partner);
    }
    for (String email : generated.deputyEmails()) {
      deputy.setLong(1, id);
      deputy.setLong(2, people.get(email));
      add(deputy);
    }
    int order = 0;
    for (GeneratedData.Kpi k : generated.kpis()) {
      int key = order + 1;
      kpi.setLong(1, id);
      kpi.setInt(2, order++);
      kpi.setInt(3, key);
      kpi.setString(4, k.measure());
      kpi.setString(5, k.rationale());
      kpi.setString(6, k.unit());
      kpi.setBigDecimal(7, k.baseline());
      kpi.setBigDecimal(8, k.target());
      kpi.setString(9, k.direction().name());
      add(kpi);
      for (GeneratedData.Measurement m : k.measurements()) {
        measurement.setLong(1, nextId++);
        measurement.setLong(2, id);
        measurement.setInt(3, key);
        measurement.setDate(4, date(m.on()));
        measurement.setBigDecimal(5, m.value());
        measurement.setTimestamp(6, java.sql.Timestamp.valueOf(m.on().atStartOfDay()));
        add(measurement);
      }
    }
    for (GeneratedData.Milestone m : generated.milestones()) {
      milestone.setLong(1, nextId++);
      milestone.setLong(2, id);
      milestone.setString(3, m.title());
      milestone.setDate(4, date(m.due()));
      milestone.setDate(5, date(m.completedOn()));
      add(milestone);
    }
    for (GeneratedData.StatusReport r : generated.reports()) {
      report.setLong(1, nextId++);
      report.setLong(2, id);
      report.setDate(3, date(r.date()));
      setId(report, 4, people.get(r.authorEmail()));
      report.setString(5, r.health().name());
      report.setString(6, r.progress());
      report.setString(7, r.nextSteps());
      report.setString(8, r.risks());
      add(report);
    }
    for (GeneratedData.PlanLine line : generated.plan()) {
      planLine.setLong(1, nextId++);
      planLine.setLong(2, id);
      planLine.setInt(3, line.year());
      planLine.setLong(4, categories.get(line.category()));
      planLine.setBigDecimal(5, line.planned().amount());
      planLine.setBigDecimal(6, line.eligible().amount());
      add(planLine);
    }
    for (GeneratedData.Receipt r : generated.receipts()) {
      receipt.setLong(1, nextId++);
      receipt.setLong(2, id);
      setId(receipt, 3, grant);
      receipt.setDate(4, date(r.paymentDate()));
      receipt.setString(5, r.payee());
      receipt.setString(6, r.purpose());
      receipt.setString(7, r.reference());
      receipt.setLong(8, categories.get(r.category()));
      receipt.setBigDecimal(9, amount(r.amount()));
      receipt.setBigDecimal(10, amount(r.eligible()));
      add(receipt);
      uncounted.add(
          new Booking(
              id, grant, categories.get(r.category()), r.paymentDate(), r.amount(), r.eligible()));
    }
    if (++pending == PROJECTS_PER_COMMIT) {
      flush();
    }
  }

  /** Sends what is batched, commits it, and moves the sequence past every id used. */
  void finish() throws SQLException {
    flush();
    try (Statement statement = connection.createStatement()) {
      // EclipseLink takes blocks of 50 ending at the value it fetches, so the next block must
      // start after the last id used here.
      statement.execute("ALTER SEQUENCE entity_seq RESTART WITH " + (nextId + 50));
    }
    connection.commit();
  }

  private void flush() throws SQLException {
    for (PreparedStatement statement : statements) {
      statement.executeBatch();
    }
    totals.move(List.of(), uncounted);
    uncounted.clear();
    connection.commit();
    // what the application keeps from the database (the dashboard) is no longer current
    CommittedChanges.noteWrite();
    pending = 0;
  }

  private void add(PreparedStatement statement) throws SQLException {
    statement.addBatch();
    rows++;
  }

  private PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    statements.add(statement);
    return statement;
  }

  private Map<String, Long> ids(String sql) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        ids.put(rows.getString(1), rows.getLong(2));
      }
    }
    return ids;
  }

  /**
   * Whether a connection leads to PostgreSQL rather than H2, for the few statements that differ.
   */
  static boolean isPostgresql(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
  }

  private long sequenceValue() throws SQLException {
    String sql =
        isPostgresql(connection)
            ? "SELECT nextval('entity_seq')"
            : "SELECT NEXT VALUE FOR entity_seq";
    try (Statement statement = connection.createStatement();
        ResultSet value = statement.executeQuery(sql)) {
      value.next();
      return value.getLong(1);
    }
  }

  private static void setId(PreparedStatement statement, int index, Long id) throws SQLException {
    if (id == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, id);
    }
  }

  private static Date date(LocalDate day) {
    return day == null ? null : Date.valueOf(day);
  }

  private static java.math.BigDecimal amount(Money money) {
    return money.amount();
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement : statements) {
      statement.close();
    }
  }
}
