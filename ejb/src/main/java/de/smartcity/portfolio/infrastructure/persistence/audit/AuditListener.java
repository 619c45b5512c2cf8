package de.smartcity.portfolio.infrastructure.persistence.audit;

import de.smartcity.portfolio.domain.model.audit.AuditAction;
import de.smartcity.portfolio.domain.shared.AbstractEntity;
import de.smartcity.portfolio.infrastructure.persistence.jpa.DeferredWrites;
import jakarta.enterprise.inject.spi.CDI;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.CollectionChangeRecord;
import org.eclipse.persistence.internal.sessions.DirectCollectionChangeRecord;
import org.eclipse.persistence.internal.sessions.DirectToFieldChangeRecord;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.internal.sessions.ObjectReferenceChangeRecord;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;

/**
 * Writes the audit trail from EclipseLink's own change sets, in the same transaction and on the
 * same connection as the change: a change that rolls back leaves no audit line, and no change is
 * stored without one. Creation and deletion are one line each; an update is one line per field.
 */
class AuditListener extends DescriptorEventAdapter {

  private static final int MAX_VALUE = 4000;

  /** The field name under which the reason for a change is written. */
  static final String REASON = "reason";

  /** Bookkeeping fields: the lock counter is audited as sign-in events, not as field changes. */
  private static final Set<String> NOT_AUDITED = Set.of("version", "failedSignIns", "lockedUntil");

  /** Fields whose change is recorded without the values. */
  private static final Set<String> SECRET = Set.of("passwordHash");

  private static final String[] COLUMNS = {
    "OCCURRED_AT", "USERNAME", "ACTION", "RECORD_TYPE", "RECORD_ID",
    "RECORD_LABEL", "PROJECT_ID", "FIELD_NAME", "OLD_VALUE", "NEW_VALUE"
  };
  private static final String INSERT =
      "INSERT INTO audit_entry (occurred_at, username, action, record_type, record_id,"
          + " record_label, project_id, field_name, old_value, new_value) VALUES ("
          + Arrays.stream(COLUMNS)
              .map(c -> c.equals("PROJECT_ID") ? "CAST(#PROJECT_ID AS BIGINT)" : "#" + c)
              .collect(Collectors.joining(", "))
          + ")";

  /** The same insert for a JDBC batch ({@link DeferredWrites}). */
  private static final String JDBC_INSERT =
      "INSERT INTO audit_entry (occurred_at, username, action, record_type, record_id,"
          + " record_label, project_id, field_name, old_value, new_value)"
          + " VALUES (?, ?, ?, ?, ?, ?, CAST(? AS BIGINT), ?, ?, ?)";

  /**
   * The application's one clock, looked up when first needed: EclipseLink, not CDI, makes this
   * listener, and it does so before the application's beans are ready.
   */
  private volatile Clock clock;

  @Override
  public void postInsert(DescriptorEvent event) {
    write(event, AuditAction.CREATE, null, null, null);
    writeReason(event, AuditAction.CREATE);
  }

  @Override
  public void postDelete(DescriptorEvent event) {
    AbstractEntity entity = (AbstractEntity) event.getSource();
    write(event, AuditAction.DELETE, null, entity.auditLabel(), null);
    writeReason(event, AuditAction.DELETE);
  }

  /**
   * The reason given for the change (see {@link AbstractEntity#explainChange}) as a line of its
   * own, under the field {@value #REASON}, so that the history shows it next to the change.
   */
  private void writeReason(DescriptorEvent event, AuditAction action) {
    String reason = ((AbstractEntity) event.getSource()).changeReason();
    if (reason != null) {
      write(event, action, REASON, null, reason);
    }
  }

  @Override
  public void postUpdate(DescriptorEvent event) {
    ObjectChangeSet changes = event.getChangeSet();
    if (changes == null && event.getQuery() instanceof WriteObjectQuery write) {
      changes = write.getObjectChangeSet();
    }
    if (changes == null) {
      return;
    }
    for (ChangeRecord change : changes.getChanges()) {
      String attribute = change.getAttribute();
      if (NOT_AUDITED.contains(attribute)) {
        continue;
      }
      String oldValue = render(oldValueOf(change));
      String newValue = render(newValueOf(change, event));
      if (SECRET.contains(attribute)) {
        write(event, AuditAction.UPDATE, attribute, null, "***");
        continue;
      }
      if (!Objects.equals(oldValue, newValue)) {
        write(event, AuditAction.UPDATE, change.getAttribute(), oldValue, newValue);
      }
    }
    writeReason(event, AuditAction.UPDATE);
  }

  private static Object oldValueOf(ChangeRecord change) {
    if (change instanceof DirectToFieldChangeRecord direct) {
      return direct.getOldValue();
    }
    if (change instanceof ObjectReferenceChangeRecord reference) {
      return reference.getOldValue();
    }
    if (change instanceof CollectionChangeRecord collection) {
      return collection.getRemoveObjectList().keySet();
    }
    if (change instanceof DirectCollectionChangeRecord collection) {
      return collection.getRemoveObjectList();
    }
    return null;
  }

  private static Object newValueOf(ChangeRecord change, DescriptorEvent event) {
    if (change instanceof CollectionChangeRecord collection) {
      return collection.getAddObjectList().keySet();
    }
    if (change instanceof DirectCollectionChangeRecord collection) {
      return collection.getAddObjectList();
    }
    return ((org.eclipse.persistence.internal.sessions.ChangeRecord) change)
        .getMapping()
        .getRealAttributeValueFromObject(event.getSource(), event.getSession());
  }

  /** Values as a reader of the trail understands them: records by their label, amounts plain. */
  static String render(Object value) {
    String text = value == null ? null : renderPresent(value);
    return text == null || text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE);
  }

  private static String renderPresent(Object value) {
    if (value instanceof AbstractEntity entity) {
      return entity.auditLabel();
    }
    if (value instanceof ObjectChangeSet changeSet) {
      return render(changeSet.getUnitOfWorkClone());
    }
    if (value instanceof BigDecimal amount) {
      return amount.toPlainString();
    }
    if (value instanceof Map<?, ?> map) {
      return render(map.values());
    }
    if (value instanceof Collection<?> items) {
      return items.isEmpty()
          ? null
          : items.stream().map(AuditListener::render).collect(Collectors.joining(", "));
    }
    return String.valueOf(value);
  }

  private void write(
      DescriptorEvent event, AuditAction action, String field, String oldValue, String newValue) {
    AbstractEntity entity = (AbstractEntity) event.getSource();
    List<Object> values =
        Arrays.asList(
            Timestamp.from(clock().instant()),
            DeferredWrites.auditUser(event.getSession(), AuditUser::current),
            action.name(),
            entity.getClass().getSimpleName(),
            entity.getId(),
            entity.auditLabel(),
            entity.auditProjectId(),
            field,
            oldValue,
            newValue);
    AbstractSession session = event.getSession();
    // held back and batched while EclipseLink writes the records of a flush or commit
    if (!DeferredWrites.holdBack(session, JDBC_INSERT, values)) {
      DataModifyQuery insert = new DataModifyQuery(INSERT);
      Arrays.stream(COLUMNS).forEach(insert::addArgument);
      session.executeQuery(insert, values);
    }
  }

  private Clock clock() {
    Clock known = clock;
    if (known == null) {
      known = CDI.current().select(Clock.class).get();
      clock = known;
    }
    return known;
  }
}
