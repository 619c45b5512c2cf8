package de.smartcity.portfolio.it;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A table's rows summed up as a row count and a checksum that does not depend on the rows' order,
 * read with plain JDBC; the probes of the bad-input corpus and of the demo data's integrity use it.
 */
final class TableFingerprint {

  private TableFingerprint() {}

  /**
   * One line {@code "<TABLE> <count> <checksum>"} per table of the application's schema, in the
   * tables' order, leaving out {@code ignoredTables}; a table named in {@code conditions} counts
   * only the rows its condition ({@code " WHERE ..."}) selects.
   */
  static List<String> lines(
      Connection connection,
      Set<String> ignoredTables,
      Map<String, String> conditions,
      Set<String> ignoredColumns)
      throws SQLException {
    TreeMap<String, String> tables = new TreeMap<>();
    for (String name : tables(connection)) {
      String table = name.toUpperCase(Locale.ROOT);
      if (!ignoredTables.contains(table)) {
        String query = "SELECT * FROM " + name + conditions.getOrDefault(table, "");
        tables.put(table, of(connection, query, table, ignoredColumns));
      }
    }
    List<String> lines = new ArrayList<>();
    tables.forEach((table, summary) -> lines.add(table + " " + summary));
    return lines;
  }

  /** The names of the tables of the application's schema, as the database spells them. */
  private static List<String> tables(Connection connection) throws SQLException {
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
    return names;
  }

  /**
   * {@code "<count> <checksum>"} over the rows the query selects from {@code table} (upper case),
   * leaving out the columns named {@code TABLE.COLUMN} in {@code ignoredColumns}.
   */
  private static String of(
      Connection connection, String query, String table, Set<String> ignoredColumns)
      throws SQLException {
    MessageDigest digest = sha256();
    long count = 0;
    long checksum = 0;
    try (PreparedStatement statement = connection.prepareStatement(query);
        ResultSet rows = statement.executeQuery()) {
      ResultSetMetaData columns = rows.getMetaData();
      while (rows.next()) {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= columns.getColumnCount(); column++) {
          String qualified = table + "." + columns.getColumnName(column).toUpperCase(Locale.ROOT);
          if (!ignoredColumns.contains(qualified)) {
            row.append(value(rows, column, columns.getColumnType(column))).append('\u0001');
          }
        }
        byte[] hash = digest.digest(row.toString().getBytes(StandardCharsets.UTF_8));
        checksum += ByteBuffer.wrap(hash).getLong();
        count++;
      }
    }
    return count + " " + Long.toHexString(checksum);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
