package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.funding.IncomeKind;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A notice as entered: its date, reference, the grant amount it sets and the financing plan it
 * approves.
 *
 * @param date the notice's date
 * @param reference the funder's reference of the notice
 * @param amount the grant amount the notice sets in total
 * @param description what the notice changes, if anything
 * @param expenditure per cost category's code: the total and the eligible part
 * @param income per source
 */
public record NoticeInput(
    @NotNull LocalDate date,
    @NotBlank @Size(max = 60) String reference,
    @NotNull @Digits(integer = 13, fraction = 2) BigDecimal amount,
    @Size(max = 500) String description,
    @NotNull Map<String, PlannedCategory> expenditure,
    @NotNull Map<IncomeKind, BigDecimal> income) {

  /**
   * The plan of one cost category.
   *
   * @param total what the category may cost in all
   * @param eligible its eligible part
   */
  public record PlannedCategory(BigDecimal total, BigDecimal eligible) {}
}
