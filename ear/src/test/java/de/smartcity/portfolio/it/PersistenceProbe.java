package de.smartcity.portfolio.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** Looks behind the services for in-server tests: at the JPA provider and at the tables. */
@ApplicationScoped
public class PersistenceProbe {

  @PersistenceContext(unitName = "smartcity")
  private EntityManager entityManager;

  @Resource(lookup = "java:jboss/datasources/SmartCityDS")
  private DataSource dataSource;

  /** The class of the provider's own entity manager behind the container's proxy. */
  @Transactional
  public Class<?> providerEntityManagerClass() {
    return entityManager.getDelegate().getClass();
  }

  /** The name the JDBC driver gives the database product behind the application's datasource. */
  public String databaseProductName() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    }
  }

  /** The value of one column of one row, read with plain JDBC, bypassing JPA and its caches. */
  public Optional<String> readColumn(String table, String column, String keyColumn, String key)
      throws SQLException {
    String sql = "SELECT %s FROM %s WHERE %s = ?".formatted(column, table, keyColumn);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, key);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
      }
    }
  }

  /** A single number the database computes, such as a count, read with plain JDBC. */
  public long number(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * The rows of a query as text, each row one string of its columns; numbers are written without
   * trailing zeros, so that 2025 and 2025.0, or 12.50 and 12.5, read alike on H2 and PostgreSQL.
   */
  public java.util.Set<String> rows(String sql) throws SQLException {
    java.util.Set<String> rows = new java.util.TreeSet<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= columns; column++) {
          Object value = result.getObject(column);
          row.append(column > 1 ? " | " : "")
              .append(
                  value instanceof Number number
                      ? new java.math.BigDecimal(number.toString())
                          .stripTrailingZeros()
                          .toPlainString()
                      : String.valueOf(value));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
