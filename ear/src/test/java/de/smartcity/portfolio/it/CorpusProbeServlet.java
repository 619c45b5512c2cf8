package de.smartcity.portfolio.it;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.GrantTerms;
import de.smartcity.portfolio.application.NewProject;
import de.smartcity.portfolio.application.ProjectFacts;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.user.Role;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Lets the bad-input corpus set up its own grant and project and see whether anything was written:
 * {@code POST} registers an {@code SEC-} grant (2024 to 2028) with a project under it managed by
 * the demo project manager's person, and answers {@code grantId;projectCode}; {@code GET} answers
 * one line per table of the application's schema with its row count and a checksum over its rows.
 * Added to the web module by {@link Deployments#applicationWithCorpusProbe()} only.
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

  @Inject private transient FundingService funding;
  @Inject private transient ProjectService projects;
  @Inject private transient BudgetService budgets;

  @Resource(lookup = "java:jboss/datasources/SmartCityDS")
  private transient DataSource dataSource;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String suffix = request.getParameter("suffix");
    Grant grant =
        funding.registerGrant(
            new GrantTerms(
                "Modellprojekte Smart Cities",
                "436",
                GrantComponent.B,
                "SEC-G-" + suffix,
                LocalDate.of(2024, 1, 15),
                new BigDecimal("20000.00"),
                BigDecimal.valueOf(65),
                new BigDecimal("13000.00"),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2028, 12, 31),
                null,
                null,
                42));
    String code = "IT-SEC-" + suffix;
    long projectId =
        projects
            .registerProject(
                new NewProject(
                    code,
                    ProjectStatus.IN_PROGRESS,
                    new ProjectFacts(
                        "SEC Korpusprojekt " + suffix,
                        "Ein Testprojekt des Korpus",
                        "MOB",
                        "MOB-KLI",
                        "USB",
                        Set.of("STADT"),
                        As.PM_EMAIL,
                        Set.of(),
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2028, 12, 31),
                        grant.getReference())))
            .getId();
    budgets.planCost(projectId, 2025, "SACH", new BigDecimal("1000.00"), new BigDecimal("900.00"));
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(grant.getId() + ";" + code);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain;charset=UTF-8");
    try {
      response.getWriter().write(String.join("\n", fingerprint()));
    } catch (SQLException | NoSuchAlgorithmException e) {
      throw new IOException(e);
    }
  }

  /** Per table: its name, its row count and the sum of its rows' hashes (order does not count). */
  private List<String> fingerprint() throws SQLException, NoSuchAlgorithmException {
    TreeMap<String, String> tables = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      List<String> names = new ArrayList<>();
      try (PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT table_name FROM information_schema.tables"
                      + " WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'");
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
      for (String name : names) {
        String table = name.toUpperCase(Locale.ROOT);
        if (!IGNORED_TABLES.contains(table)) {
          tables.put(table, summary(connection, name, table));
        }
      }
    }
    List<String> lines = new ArrayList<>();
    tables.forEach((table, summary) -> lines.add(table + " " + summary));
    return lines;
  }

  private static String summary(Connection connection, String name, String table)
      throws SQLException, NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    long count = 0;
    long checksum = 0;
    try (PreparedStatement statement = connection.prepareStatement("SELECT * FROM " + name);
        ResultSet rows = statement.executeQuery()) {
      ResultSetMetaData columns = rows.getMetaData();
      while (rows.next()) {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= columns.getColumnCount(); column++) {
          String qualified = table + "." + columns.getColumnName(column).toUpperCase(Locale.ROOT);
          if (!IGNORED_COLUMNS.contains(qualified)) {
            row.append(value(rows, column, columns.getColumnType(column))).append('\u0001');
          }
        }
        byte[] hash = digest.digest(row.toString().getBytes(StandardCharsets.UTF_8));
        checksum += java.nio.ByteBuffer.wrap(hash).getLong();
        count++;
      }
    }
    return count + " " + Long.toHexString(checksum);
  }

  /**
   * A column's value as text. Binary columns are read as bytes: once PostgreSQL's driver reads a
   * statement in binary transfer (from its fifth run on), getString gives a byte array's identity
   * instead of its content, and every fingerprint would differ.
   */
  private static String value(ResultSet rows, int column, int type) throws SQLException {
    return switch (type) {
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
        byte[] bytes = rows.getBytes(column);
        yield bytes == null ? "null" : HexFormat.of().formatHex(bytes);
      }
      default -> rows.getString(column);
    };
  }
}
