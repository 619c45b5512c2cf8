package de.smartcity.portfolio.infrastructure.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V21 on a database of the former shape: the key figures' text fields become a numeric target, a
 * unit and a first measurement, and a text that is no number stays readable as a note. Runs the
 * application's own migrations on an in-memory H2 (the SQL is written for PostgreSQL too).
 */
class KpiMigrationTest {

  private static final String URL = "jdbc:h2:mem:v21;DB_CLOSE_DELAY=-1";

  @Test
  void shouldTurnTheFormerTextsIntoNumbersAUnitAndAFirstMeasurement() throws Exception {
    Flyway.configure()
        .dataSource(URL, "sa", "sa")
        .locations("classpath:db/migration")
        .target("20")
        .load()
        .migrate();
    try (Connection db = DriverManager.getConnection(URL, "sa", "sa");
        Statement sql = db.createStatement()) {
      sql.execute(
          "INSERT INTO project (id, version, code, title, theme_id, lead_organisation_id, status,"
              + " start_date) VALUES (5000, 1, 'INF-90', 'Sensoren', 1, 1, 'RUNNING',"
              + " DATE '2024-03-01')");
      sql.execute(
          "INSERT INTO audit_entry (occurred_at, username, action, record_type, record_id,"
              + " field_name) VALUES (TIMESTAMP '2025-02-03 10:00:00', 'pm', 'UPDATE', 'Project',"
              + " 5000, 'kpis')");
      kpi(sql, 0, "Sensoren", "256", "96 Sensoren", "DATE '2025-05-01'");
      kpi(sql, 1, "Besuche", "1.000 Besuche", "1.300", "NULL");
      kpi(sql, 2, "Quote", "40 %", "12,5 %", "NULL");
      kpi(sql, 3, "Abnahme", "rechtzeitig", "ja", "NULL");
      kpi(sql, 4, "Nutzer", "1.000 Nutzer/Monat", null, "NULL");
    }

    Flyway.configure()
        .dataSource(URL, "sa", "sa")
        .locations("classpath:db/migration")
        .load()
        .migrate();

    try (Connection db = DriverManager.getConnection(URL, "sa", "sa");
        Statement sql = db.createStatement()) {
      List<String> kpis = new ArrayList<>();
      try (ResultSet row =
          sql.executeQuery(
              "SELECT kpi_key, measure, unit, target_value, target_note, direction"
                  + " FROM project_kpi WHERE project_id = 5000 ORDER BY kpi_order")) {
        while (row.next()) {
          kpis.add(
              row.getInt(1)
                  + " "
                  + row.getString(2)
                  + " | "
                  + row.getString(3)
                  + " | "
                  + plain(row.getBigDecimal(4))
                  + " | "
                  + row.getString(5)
                  + " | "
                  + row.getString(6));
        }
      }
      assertThat(kpis)
          .containsExactly(
              "1 Sensoren | Sensoren | 256 | null | HIGHER",
              // "1.000" is a thousand, as the former page read it
              "2 Besuche | Besuche | 1000 | null | HIGHER",
              "3 Quote | % | 40 | null | HIGHER",
              "4 Abnahme | null | null | rechtzeitig | HIGHER",
              "5 Nutzer | Nutzer/Monat | 1000 | null | HIGHER");

      List<String> measurements = new ArrayList<>();
      try (ResultSet row =
          sql.executeQuery(
              "SELECT kpi_key, measured_on, measured_value, note, recorded_by"
                  + " FROM kpi_measurement WHERE project_id = 5000 ORDER BY kpi_key")) {
        while (row.next()) {
          measurements.add(
              row.getInt(1)
                  + " "
                  + row.getObject(2, LocalDate.class)
                  + " "
                  + plain(row.getBigDecimal(3))
                  + " "
                  + row.getString(4)
                  + " "
                  + row.getString(5));
        }
      }
      assertThat(measurements)
          .containsExactly(
              // measured on the day given
              "1 2025-05-01 96 null V21",
              // no day given: the project's last KPI change in the audit trail
              "2 2025-02-03 1300 null V21",
              "3 2025-02-03 12.5 null V21",
              // no number: kept as the note, no value invented
              "4 2025-02-03 null ja V21");
      try (ResultSet ids =
          sql.executeQuery("SELECT COUNT(DISTINCT id), MIN(id) FROM kpi_measurement")) {
        ids.next();
        assertThat(ids.getInt(1)).as("every measurement its own id").isEqualTo(4);
        assertThat(ids.getLong(2)).as("ids from the entity sequence").isGreaterThanOrEqualTo(1000);
      }
    }
  }

  private static void kpi(
      Statement sql, int order, String measure, String target, String value, String on)
      throws Exception {
    sql.execute(
        "INSERT INTO project_kpi (project_id, kpi_order, measure, target, measured_value,"
            + " measured_on) VALUES (5000, "
            + order
            + ", '"
            + measure
            + "', "
            + text(target)
            + ", "
            + text(value)
            + ", "
            + on
            + ")");
  }

  private static String text(String value) {
    return value == null ? "NULL" : "'" + value + "'";
  }

  private static String plain(BigDecimal value) {
    return value == null ? "null" : value.stripTrailingZeros().toPlainString();
  }
}
