package de.smartcity.portfolio.it;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@code GET} answers one line per table of the application's schema with the row count and a
 * checksum over the rows that belong to the demo data, so that {@link DemoDataUntouchedIT} can tell
 * whether any test changed it. Added to the web module by {@link Deployments#suite()} only.
 *
 * <p>Which rows count: every row of every table, except
 *
 * <ul>
 *   <li>rows of records a test created: projects whose code starts {@code IT-}, grants whose
 *       reference does, receipt and project imports whose file name does, organisations whose short
 *       name does, fields of action and cost categories whose code does, users whose name starts
 *       {@code it-}, persons whose e-mail does, and the rows that hang off those (a test project's
 *       milestones, a test grant's calls, ...);
 *   <li>tables tests legitimately append to or that sum over every project: the audit trail (every
 *       write and sign-in adds to it), Flyway's history, and the portfolio-wide receipt totals per
 *       year, which move with every test receipt (the demo projects' own totals do count);
 *   <li>a demo user's sign-in bookkeeping: failed sign-ins, lock, and the version that counts them,
 *       which the sign-in tests move by design.
 * </ul>
 *
 * A table without a rule here counts in full, so a new table is guarded from the start.
 */
@WebServlet(DemoChecksumServlet.PATH)
public class DemoChecksumServlet extends HttpServlet {

  static final String PATH = "/it/demo-checksum";

  private static final Set<String> IGNORED_TABLES =
      Set.of("AUDIT_ENTRY", "FLYWAY_SCHEMA_HISTORY", "RECEIPT_TOTAL_YEAR");

  private static final Set<String> IGNORED_COLUMNS =
      Set.of("APP_USER.VERSION", "APP_USER.FAILED_SIGN_INS", "APP_USER.LOCKED_UNTIL");

  private static final String DEMO_PROJECTS = "SELECT id FROM project WHERE code NOT LIKE 'IT-%'";
  private static final String DEMO_GRANTS =
      "SELECT id FROM funding_grant WHERE reference NOT LIKE 'IT-%'";
  private static final String OF_DEMO_PROJECTS = " WHERE project_id IN (" + DEMO_PROJECTS + ")";
  private static final String OF_DEMO_GRANTS = " WHERE grant_id IN (" + DEMO_GRANTS + ")";

  /** Per table, the condition that keeps only demo rows. */
  private static final Map<String, String> DEMO_ROWS =
      Map.ofEntries(
          Map.entry("PROJECT", " WHERE code NOT LIKE 'IT-%'"),
          Map.entry("PROJECT_PARTNER", OF_DEMO_PROJECTS),
          Map.entry("PROJECT_DEPUTY", OF_DEMO_PROJECTS),
          Map.entry("PROJECT_KPI", OF_DEMO_PROJECTS),
          Map.entry("KPI_MEASUREMENT", OF_DEMO_PROJECTS),
          Map.entry("MILESTONE", OF_DEMO_PROJECTS),
          Map.entry("STATUS_REPORT", OF_DEMO_PROJECTS),
          Map.entry("COST_PLAN_LINE", OF_DEMO_PROJECTS),
          Map.entry("RECEIPT", OF_DEMO_PROJECTS),
          Map.entry("RECEIPT_TOTAL_PROJECT", OF_DEMO_PROJECTS),
          Map.entry("ACCOUNT_ASSIGNMENT", OF_DEMO_PROJECTS),
          Map.entry("RECEIPT_IMPORT", " WHERE file_name NOT LIKE 'IT-%'"),
          Map.entry("PROJECT_IMPORT", " WHERE file_name NOT LIKE 'IT-%'"),
          Map.entry("FUNDING_GRANT", " WHERE reference NOT LIKE 'IT-%'"),
          Map.entry("GRANT_NOTICE", OF_DEMO_GRANTS),
          Map.entry("GRANT_INCOME_LINE", OF_DEMO_GRANTS),
          Map.entry("GRANT_PLAN_LINE", OF_DEMO_GRANTS),
          Map.entry("GRANT_CALL_PLAN", OF_DEMO_GRANTS),
          Map.entry("FUNDS_CALL", OF_DEMO_GRANTS),
          Map.entry("PROOF_NARRATIVE", OF_DEMO_GRANTS),
          Map.entry("PROOF_SUBMISSION", OF_DEMO_GRANTS),
          Map.entry("RECEIPT_TOTAL_GRANT_DAY", OF_DEMO_GRANTS),
          Map.entry(
              "PROOF_LATE_CHANGE",
              " WHERE submission_id IN (SELECT id FROM proof_submission" + OF_DEMO_GRANTS + ")"),
          Map.entry("PERSON", " WHERE LOWER(email) NOT LIKE 'it-%'"),
          Map.entry("ORGANISATION", " WHERE short_name NOT LIKE 'IT-%'"),
          Map.entry("FIELD_OF_ACTION", " WHERE code NOT LIKE 'IT-%'"),
          Map.entry("COST_CATEGORY", " WHERE code NOT LIKE 'IT-%'"),
          Map.entry("APP_USER", " WHERE LOWER(username) NOT LIKE 'it-%'"),
          Map.entry(
              "APP_USER_ROLE",
              " WHERE user_id IN (SELECT id FROM app_user WHERE LOWER(username) NOT LIKE 'it-%')"));

  @Serial private static final long serialVersionUID = 1L;

  @Resource(lookup = "java:jboss/datasources/SmartCityDS")
  private transient DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    try {
      response.getWriter().write(String.join("\n", checksums()));
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  private List<String> checksums() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return TableFingerprint.lines(connection, IGNORED_TABLES, DEMO_ROWS, IGNORED_COLUMNS);
    }
  }
}
