package de.smartcity.portfolio.it;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.it.FundedScenario.GrantAndProject;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Lets the bad-input corpus set up its own grant and project and see whether anything was written:
 * {@code POST} registers a grant of its own (2024 to 2028, see {@link FundedScenario}) with a
 * project under it managed by the demo project manager's person, and answers {@code
 * grantId;projectCode}; {@code GET} answers one line per table of the application's schema with its
 * row count and a checksum over its rows. Added to the web module by {@link Deployments#suite()}
 * only.
 */
@WebServlet(CorpusProbeServlet.PATH)
@RunAs(Role.ADMIN_NAME)
public class CorpusProbeServlet extends HttpServlet {

  static final String PATH = "/it/corpus";

  /**
   * What a request may write without storing anything a user entered: the audit trail of sign-ins,
   * and an account's sign-in bookkeeping (failures, lock, and the version that counts them).
   */
  static final Set<String> IGNORED_TABLES = Set.of("AUDIT_ENTRY", "FLYWAY_SCHEMA_HISTORY");

  static final Set<String> IGNORED_COLUMNS =
      Set.of("APP_USER.VERSION", "APP_USER.FAILED_SIGN_INS", "APP_USER.LOCKED_UNTIL");

  @Serial private static final long serialVersionUID = 1L;

  @Inject private transient FundedScenario scenario;
  @Inject private transient BudgetService budgets;

  @Resource(lookup = "java:jboss/datasources/SmartCityDS")
  private transient DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String suffix = request.getParameter("suffix");
    GrantAndProject own =
        scenario.grantWithProject(
            LocalDate.of(2028, 12, 31), LocalDate.of(2028, 12, 31), "SEC Korpusprojekt " + suffix);
    long projectId = own.project().getId();
    String code = own.project().getCode();
    Grant grant = own.grant();
    budgets.planCost(projectId, 2025, "SACH", new BigDecimal("1000.00"), new BigDecimal("900.00"));
    if (request.getParameter("receipts") != null) {
      // For the receipts journal's browser test: two receipts of 2025 (sum 1,550.00).
      scenario.receipt(
          projectId, "2025-02-03", "Ruhr Sensorik GmbH", "Sensoren", "INV", "1200.00", "1200.00");
      scenario.receipt(
          projectId, "2025-04-05", "Druckerei Bochum", "Plakate", "SACH", "350.00", "350.00");
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(grant.getId() + ";" + code);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    try {
      response.getWriter().write(String.join("\n", fingerprint()));
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }

  /** Per table: its name, its row count and the sum of its rows' hashes (order does not count). */
  private List<String> fingerprint() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return TableFingerprint.lines(connection, IGNORED_TABLES, Map.of(), IGNORED_COLUMNS);
    }
  }
}
