package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.budget.Receipt.Booking;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.sessions.Session;

/**
 * The running totals of the receipts (migration V9): three small tables that the sums read instead
 * of a million receipts. They change in the transaction that records, corrects or deletes a
 * receipt, by an upsert that adds the difference, so two transactions that add to the same row wait
 * for each other instead of overwriting each other; rows are touched in key order, so one move
 * cannot deadlock with another. A row whose receipts are all gone is removed.
 *
 * <p>Every receipt EclipseLink writes passes {@link ReceiptTotalsListener}, which moves the totals
 * through {@link #overSession}; the benchmark's bulk writer, which writes receipts by JDBC past
 * EclipseLink, moves them through {@link #overJdbc} before it commits each batch.
 */
public final class ReceiptTotals {

  /** Runs one statement with its {@code ?} parameters, in the writer's transaction. */
  @FunctionalInterface
  private interface Statements {
    void execute(String sql, List<Object> values) throws SQLException;
  }

  private enum Table {
    PROJECT("receipt_total_project", "project_id BIGINT"),
    YEAR("receipt_total_year", "payment_year INTEGER", "cost_category_id BIGINT"),
    GRANT_DAY(
        "receipt_total_grant_day",
        "grant_id BIGINT",
        "payment_date DATE",
        "cost_category_id BIGINT");

    private final String name;
    private final List<String> keys;
    private final List<String> keyTypes;

    Table(String name, String... typedKeys) {
      this.name = name;
      this.keys = Arrays.stream(typedKeys).map(k -> k.split(" ")[0]).toList();
      this.keyTypes = Arrays.stream(typedKeys).map(k -> k.split(" ")[1]).toList();
    }

    /** Where this table counts the receipt, or null where it does not count it at all. */
    List<Comparable<?>> keyOf(Booking booking) {
      return switch (this) {
        case PROJECT -> List.of(booking.projectId());
        case YEAR -> List.of(booking.paymentDate().getYear(), booking.categoryId());
        case GRANT_DAY ->
            booking.grantId() == null
                ? null
                : List.of(booking.grantId(), booking.paymentDate(), booking.categoryId());
      };
    }

    /** PostgreSQL's atomic upsert. */
    String postgresqlUpsert() {
      return "INSERT INTO %s AS t (%s, receipts, amount, eligible_amount) VALUES (%s)"
              .formatted(name, String.join(", ", keys), placeholders(keys.size() + 3))
          + " ON CONFLICT (%s) DO UPDATE SET".formatted(String.join(", ", keys))
          + " receipts = t.receipts + EXCLUDED.receipts, amount = t.amount + EXCLUDED.amount,"
          + " eligible_amount = t.eligible_amount + EXCLUDED.eligible_amount";
    }

    /** The SQL standard's MERGE, which H2 speaks; typed, because H2 cannot infer the values. */
    String standardUpsert() {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        values.add("CAST(? AS %s)".formatted(keyTypes.get(i)));
      }
      values.add("CAST(? AS BIGINT)");
      values.add("CAST(? AS NUMERIC(19,2))");
      values.add("CAST(? AS NUMERIC(19,2))");
      String columns = String.join(", ", keys) + ", receipts, amount, eligible_amount";
      return "MERGE INTO %s t USING (VALUES (%s)) AS s (%s) ON %s"
              .formatted(
                  name,
                  String.join(", ", values),
                  columns,
                  keys.stream()
                      .map(k -> "t.%s = s.%s".formatted(k, k))
                      .collect(Collectors.joining(" AND ")))
          + " WHEN MATCHED THEN UPDATE SET receipts = t.receipts + s.receipts,"
          + " amount = t.amount + s.amount, eligible_amount = t.eligible_amount + s.eligible_amount"
          + " WHEN NOT MATCHED THEN INSERT (%s) VALUES (%s)"
              .formatted(
                  columns,
                  Arrays.stream(columns.split(", "))
                      .map(c -> "s." + c)
                      .collect(Collectors.joining(", ")));
    }

    String removeEmpty() {
      return "DELETE FROM %s WHERE %s AND receipts = 0"
          .formatted(name, keys.stream().map(k -> k + " = ?").collect(Collectors.joining(" AND ")));
    }

    private static String placeholders(int count) {
      return String.join(", ", Collections.nCopies(count, "?"));
    }
  }

  /** What one row changes by. */
  private record Change(long receipts, BigDecimal amount, BigDecimal eligibleAmount) {

    static Change of(Booking booking, int sign) {
      BigDecimal factor = BigDecimal.valueOf(sign);
      return new Change(
          sign,
          booking.amount().amount().multiply(factor),
          booking.eligibleAmount().amount().multiply(factor));
    }

    Change plus(Change other) {
      return new Change(
          receipts + other.receipts,
          amount.add(other.amount),
          eligibleAmount.add(other.eligibleAmount));
    }

    boolean isNothing() {
      return receipts == 0 && amount.signum() == 0 && eligibleAmount.signum() == 0;
    }
  }

  private static final Comparator<List<Comparable<?>>> KEY_ORDER =
      (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
          @SuppressWarnings({"unchecked", "rawtypes"})
          int order = ((Comparable) a.get(i)).compareTo(b.get(i));
          if (order != 0) {
            return order;
          }
        }
        return 0;
      };

  private final boolean postgresql;
  private final Statements statements;

  private ReceiptTotals(boolean postgresql, Statements statements) {
    this.postgresql = postgresql;
    this.statements = statements;
  }

  /** Totals moved by statements of an EclipseLink session, in its transaction and batch order. */
  static ReceiptTotals overSession(Session session) {
    return new ReceiptTotals(
        session.getDatasourcePlatform().isPostgreSQL(),
        (sql, values) -> {
          // EclipseLink names its parameters: ?, ? becomes #P0, #P1
          StringBuilder named = new StringBuilder();
          int index = 0;
          for (String part : (sql + " ").split("\\?")) {
            named.append(index > 0 ? "#P" + (index - 1) + " " : "").append(part);
            index++;
          }
          DataModifyQuery query = new DataModifyQuery(named.toString().strip());
          for (int i = 0; i < values.size(); i++) {
            query.addArgument("P" + i);
          }
          session.executeQuery(query, values);
        });
  }

  /** Receives the statements that would move the totals, for running them as batches. */
  @FunctionalInterface
  interface Collector {
    void collect(String sql, List<Object> values);
  }

  /**
   * Totals whose statements are handed to {@code collector} instead of being run, in the order they
   * would run ({@link DeferredWrites} batches them).
   */
  static ReceiptTotals collecting(boolean postgresql, Collector collector) {
    return new ReceiptTotals(postgresql, collector::collect);
  }

  /** Totals moved by statements on a JDBC connection, committed with what else it writes. */
  public static ReceiptTotals overJdbc(Connection connection, boolean postgresql) {
    return new ReceiptTotals(
        postgresql,
        (sql, values) -> {
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
              statement.setObject(i + 1, values.get(i));
            }
            statement.executeUpdate();
          }
        });
  }

  /**
   * Takes the receipts {@code out} out of the totals and counts the receipts {@code in} into them.
   */
  public void move(List<Booking> out, List<Booking> in) throws SQLException {
    for (Table table : Table.values()) {
      Map<List<Comparable<?>>, Change> changes = new TreeMap<>(KEY_ORDER);
      out.forEach(booking -> add(changes, table, booking, -1));
      in.forEach(booking -> add(changes, table, booking, +1));
      for (Map.Entry<List<Comparable<?>>, Change> entry : changes.entrySet()) {
        Change change = entry.getValue();
        if (change.isNothing()) {
          continue;
        }
        List<Object> values = new ArrayList<>(entry.getKey());
        values.add(change.receipts());
        values.add(change.amount());
        values.add(change.eligibleAmount());
        execute(postgresql ? table.postgresqlUpsert() : table.standardUpsert(), values);
        if (change.receipts() < 0) {
          execute(table.removeEmpty(), new ArrayList<>(entry.getKey()));
        }
      }
    }
  }

  private static void add(
      Map<List<Comparable<?>>, Change> changes, Table table, Booking booking, int sign) {
    List<Comparable<?>> key = table.keyOf(booking);
    if (key != null) {
      changes.merge(key, Change.of(booking, sign), Change::plus);
    }
  }

  private void execute(String sql, List<Object> values) throws SQLException {
    statements.execute(
        sql, values.stream().map(v -> v instanceof LocalDate day ? Date.valueOf(day) : v).toList());
  }
}
