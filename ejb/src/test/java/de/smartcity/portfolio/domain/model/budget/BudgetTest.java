package de.smartcity.portfolio.domain.model.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetTest {

  private final Project project =
      new Project(
          "MOB-02",
          "Klimamessnetz",
          new StrategicTheme("MOB", "Mobilität", 4),
          new Organisation("STADT", "Stadt Bochum", true),
          ProjectStatus.IN_PROGRESS);
  private final CostCategory investments = new CostCategory("INV", "Investitionen", 3);

  private static BudgetFigures figures(String planned, String eligible, String actual, String el) {
    return new BudgetFigures(Money.of(planned), Money.of(eligible), Money.of(actual), Money.of(el));
  }

  @Test
  void shouldRefuseAnEligiblePlanAboveThePlannedAmount() {
    CostPlanLine line = new CostPlanLine(project, 2025, investments);
    line.plan(Money.of("1000.00"), Money.of("1000.00"));
    assertThatThrownBy(() -> line.plan(Money.of("1000.00"), Money.of("1000.01")))
        .hasFieldOrPropertyWithValue("messageKey", "costplan.eligible.above.planned");
    assertThat(line.getEligible()).isEqualTo(Money.of("1000.00"));
  }

  @Test
  void shouldRefuseReceiptsWithoutAPositiveAmountOrWithTooMuchEligible() {
    Receipt receipt = new Receipt(project);
    LocalDate day = LocalDate.of(2025, 3, 1);
    assertThatThrownBy(
            () ->
                receipt.record(
                    day, "Payee", "Zweck", "R-1", investments, Money.ZERO, Money.ZERO, day))
        .hasFieldOrPropertyWithValue("messageKey", "receipt.amount.not.positive");
    assertThatThrownBy(
            () ->
                receipt.record(
                    day,
                    "Payee",
                    "Zweck",
                    "R-1",
                    investments,
                    Money.of("10"),
                    Money.of("10.01"),
                    day))
        .hasFieldOrPropertyWithValue("messageKey", "receipt.eligible.above.amount");
    assertThat(receipt.getGrant()).isEmpty();
  }

  @Test
  void shouldAddCellsUpByYearByCategoryAndInTotal() {
    BudgetMatrix matrix =
        new BudgetMatrix(
            List.of("PERS", "SACH", "INV"),
            List.of(
                new BudgetMatrix.Cell(2024, "PERS", figures("100.00", "90.00", "0", "0")),
                new BudgetMatrix.Cell(2024, "PERS", figures("0", "0", "40.10", "36.09")),
                new BudgetMatrix.Cell(2024, "INV", figures("200.00", "200.00", "250.00", "200.00")),
                new BudgetMatrix.Cell(2025, "SACH", figures("50.55", "0", "0", "0"))));

    assertThat(matrix.years()).containsExactly(2024, 2025);
    assertThat(matrix.cell(2024, "PERS")).isEqualTo(figures("100.00", "90.00", "40.10", "36.09"));
    assertThat(matrix.cell(2024, "PERS").remaining()).isEqualTo(Money.of("59.90"));
    assertThat(matrix.cell(2024, "INV").isOverrun()).isTrue();
    assertThat(matrix.cell(2025, "INV")).isEqualTo(BudgetFigures.NONE);
    assertThat(matrix.yearTotal(2024).actual()).isEqualTo(Money.of("290.10"));
    assertThat(matrix.categoryTotal("SACH").planned()).isEqualTo(Money.of("50.55"));
    assertThat(matrix.total()).isEqualTo(figures("350.55", "290.00", "290.10", "236.09"));
    assertThat(matrix.total().remaining()).isEqualTo(Money.of("60.45"));
    assertThat(matrix.total().spentPercent()).isEqualByComparingTo("82.76");
  }
}
