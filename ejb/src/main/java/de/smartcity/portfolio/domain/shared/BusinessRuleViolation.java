package de.smartcity.portfolio.domain.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serial;
import java.util.List;

/**
 * A request that breaks a business rule. It carries a message key from the resource bundles and the
 * values to fill in, never text for the user, and the field it concerns where there is one. It
 * rolls the transaction back, so nothing of the refused request is kept.
 */
@ApplicationException(rollback = true)
public class BusinessRuleViolation extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final String field;
  private final List<Object> arguments;

  public BusinessRuleViolation(String messageKey, String field, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.field = field;
    this.arguments = List.of(arguments);
  }

  public String getMessageKey() {
    return messageKey;
  }

  /** The name of the input the violation concerns, or {@code null} when it concerns the record. */
  public String getField() {
    return field;
  }

  public List<Object> getArguments() {
    return arguments;
  }
}
