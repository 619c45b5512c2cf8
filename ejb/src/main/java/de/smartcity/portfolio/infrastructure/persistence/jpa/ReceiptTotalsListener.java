package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.budget.Receipt.Booking;
import de.smartcity.portfolio.domain.shared.Money;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.queries.DataReadQuery;
import org.eclipse.persistence.sessions.Session;

/**
 * Moves the {@link ReceiptTotals} whenever EclipseLink inserts, updates or deletes a receipt, in
 * the same transaction and on the same connection as the receipt itself, so that no writer (a
 * service, the demo loader, an import) has to remember it. An update or a delete takes out what the
 * receipt's row held before, read from the row itself, and an insert or update counts in what the
 * receipt holds now.
 */
public class ReceiptTotalsListener extends DescriptorEventAdapter {

  private static final String STORED =
      "SELECT project_id,"
          // as Receipt.booking(): the grant's totals leave out a receipt awaiting confirmation
          + " CASE WHEN awaiting_confirmation THEN NULL ELSE grant_id END,"
          + " cost_category_id, payment_date, amount, eligible_amount, id"
          + " FROM receipt WHERE id ";

  /** How many receipts one read of stored rows names. */
  private static final int IN_LIST = 500;

  @Override
  public void postInsert(DescriptorEvent event) {
    DeferredWrites held = DeferredWrites.in(event.getSession());
    if (held != null) {
      held.count(receipt(event).booking()); // summed and written with the flush's other rows
    } else {
      move(event, List.of(), List.of(receipt(event).booking()));
    }
  }

  @Override
  public void aboutToUpdate(DescriptorEvent event) {
    DeferredWrites.writeHeldBack(event.getSession());
    move(event, stored(event), List.of(receipt(event).booking()));
  }

  @Override
  public void aboutToDelete(DescriptorEvent event) {
    DeferredWrites held = DeferredWrites.in(event.getSession());
    if (held != null && held.takeOut(receipt(event).getId())) {
      return; // its row was read before this flush's writes and is taken out with the flush's rows
    }
    DeferredWrites.writeHeldBack(event.getSession());
    move(event, stored(event), List.of());
  }

  private static Receipt receipt(DescriptorEvent event) {
    return (Receipt) event.getSource();
  }

  private static void move(DescriptorEvent event, List<Booking> out, List<Booking> in) {
    try {
      ReceiptTotals.overSession(event.getSession()).move(out, in);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot move the receipt totals", e);
    }
  }

  /** The receipt as its row stands before this update or delete: none when it was never stored. */
  private static List<Booking> stored(DescriptorEvent event) {
    return List.copyOf(
        stored(event.getSession(), List.of(receipt(event).getId()), "= #ID").values());
  }

  /**
   * The receipts' rows as they stand, by id, for receipts about to be deleted: read for many at
   * once ({@link DeferredWrites.Hook}), before the flush writes anything.
   */
  static Map<Long, Booking> stored(Session session, Collection<Long> ids) {
    Map<Long, Booking> stored = new HashMap<>();
    List<Long> all = List.copyOf(ids);
    for (int i = 0; i < all.size(); i += IN_LIST) {
      String in =
          all.subList(i, Math.min(all.size(), i + IN_LIST)).stream()
              .map(String::valueOf)
              .collect(Collectors.joining(", ", "IN (", ")"));
      stored.putAll(stored(session, List.of(), in));
    }
    return stored;
  }

  private static Map<Long, Booking> stored(
      Session session, List<Long> arguments, String condition) {
    DataReadQuery read = new DataReadQuery(STORED + condition);
    if (!arguments.isEmpty()) {
      read.addArgument("ID");
    }
    Map<Long, Booking> stored = new HashMap<>();
    for (Object row : (List<?>) session.executeQuery(read, arguments)) {
      List<?> values = ((AbstractRecord) row).getValues();
      stored.put(
          ((Number) values.get(6)).longValue(),
          new Booking(
              ((Number) values.get(0)).longValue(),
              values.get(1) == null ? null : ((Number) values.get(1)).longValue(),
              ((Number) values.get(2)).longValue(),
              day(values.get(3)),
              money(values.get(4)),
              money(values.get(5))));
    }
    return stored;
  }

  private static LocalDate day(Object value) {
    if (value instanceof LocalDate day) {
      return day;
    }
    return value instanceof Timestamp time
        ? time.toLocalDateTime().toLocalDate()
        : ((Date) value).toLocalDate();
  }

  private static Money money(Object value) {
    return Money.of(value instanceof BigDecimal amount ? amount : new BigDecimal(value.toString()));
  }
}
