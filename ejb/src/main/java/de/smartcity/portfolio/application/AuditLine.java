package de.smartcity.portfolio.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A line of the audit trail as a reader may see it; council members see who and when, not the
 * values.
 *
 * @param occurredAt when
 * @param username who
 * @param action what happened
 * @param recordType the kind of record
 * @param recordLabel which record
 * @param field which field, or {@code null}
 * @param oldValue the value before, or {@code null}
 * @param newValue the value after, or {@code null}
 * @param userName who, as people know them: the name of the person the user account belongs to,
 *     else the account's display name, else (for the system's own changes) the username
 */
public record AuditLine(
    Instant occurredAt,
    String username,
    String action,
    String recordType,
    String recordLabel,
    String field,
    String oldValue,
    String newValue,
    String userName)
    implements Serializable {}
