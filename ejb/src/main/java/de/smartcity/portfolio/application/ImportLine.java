package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of an import's preview: what it says and what the import would do with it.
 *
 * @param line the line's number in the file (1 is the header)
 * @param outcome added, skipped as already present, or refused
 * @param paymentDate the posting date, where it could be read
 * @param documentNumber the document number
 * @param payee the vendor or payee
 * @param text the booking text
 * @param amount the amount, where it could be read
 * @param eligibleAmount the eligible part, where it could be read
 * @param assignment the account assignment as the file writes it
 * @param projectCode the project the assignment belongs to, where known
 * @param categoryCode the cost category the line counts in, where known
 * @param problem why the line is refused, for a refused line
 */
public record ImportLine(
    int line,
    Outcome outcome,
    LocalDate paymentDate,
    String documentNumber,
    String payee,
    String text,
    BigDecimal amount,
    BigDecimal eligibleAmount,
    String assignment,
    String projectCode,
    String categoryCode,
    Problem problem)
    implements Previewed.Line, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** What an import does with a line. */
  public enum Outcome {
    ADD,
    DUPLICATE,
    ERROR
  }

  /**
   * Why a line is refused: a message key of the rules' bundle and the values it names.
   *
   * @param messageKey the key
   * @param arguments the values, as the message shows them
   */
  public record Problem(String messageKey, List<Serializable> arguments) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    /** The refusal's key and its values, each kept as it is or as its text. */
    public static Problem of(BusinessRuleViolation violation) {
      List<Serializable> arguments =
          violation.getArguments().stream()
              .map(a -> a instanceof Serializable s ? s : String.valueOf(a))
              .toList();
      return new Problem(violation.getMessageKey(), arguments);
    }
  }
}
