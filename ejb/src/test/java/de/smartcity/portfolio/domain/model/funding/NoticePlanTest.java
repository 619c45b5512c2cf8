package de.smartcity.portfolio.domain.model.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import de.smartcity.portfolio.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticePlanTest {

  private static final CostCategory PERS = new CostCategory("PERS", "Personalausgaben", 1);
  private static final CostCategory SACH = new CostCategory("SACH", "Sachausgaben", 2);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static Grant grant() {
    Grant grant = new Grant("MPSC", "436", GrantComponent.B, "T-1", LocalDate.of(2024, 3, 1));
    // 1,000.00 eligible at 65 %: 650.00
    grant.approve(Money.of("1000.00"), BigDecimal.valueOf(65), Money.of("650.00"));
    grant.fundingPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
    return grant;
  }

  private static Map<CostCategory, FinancingPlan.Expenditure> expenditure(
      String persTotal, String persEligible, String sachTotal, String sachEligible) {
    Map<CostCategory, FinancingPlan.Expenditure> lines = new LinkedHashMap<>();
    lines.put(PERS, new FinancingPlan.Expenditure(Money.of(persTotal), Money.of(persEligible)));
    lines.put(SACH, new FinancingPlan.Expenditure(Money.of(sachTotal), Money.of(sachEligible)));
    return lines;
  }

  private static Map<IncomeKind, Money> income(String own, String grant) {
    Map<IncomeKind, Money> lines = new EnumMap<>(IncomeKind.class);
    lines.put(IncomeKind.OWN_SHARE, Money.of(own));
    lines.put(IncomeKind.THIS_GRANT, Money.of(grant));
    return lines;
  }

  private static GrantNotice notice(LocalDate date, String amount) {
    return new GrantNotice(date, "N-" + date, new BigDecimal(amount), null);
  }

  @Test
  void shouldTakeThePlanOfTheLatestNoticeUpToTheDay() {
    Grant grant = grant();
    // 600 + 600 = 1,200 expenditure, 1,000 eligible; 550 own + 650 grant = 1,200 income
    grant.enterNotice(
        notice(LocalDate.of(2024, 3, 1), "650.00"),
        expenditure("600.00", "500.00", "600.00", "500.00"),
        income("550.00", "650.00"),
        TODAY);
    // change notice: 400 + 600 = 1,000, all eligible; 350 own + 650 grant
    grant.enterNotice(
        notice(LocalDate.of(2025, 6, 1), "650.00"),
        expenditure("400.00", "400.00", "600.00", "600.00"),
        income("350.00", "650.00"),
        TODAY);

    assertThat(grant.financingPlanOn(LocalDate.of(2025, 5, 31)).orElseThrow().expenditureTotal())
        .isEqualTo(Money.of("1200.00"));
    assertThat(grant.financingPlanOn(LocalDate.of(2025, 6, 1)).orElseThrow().expenditureTotal())
        .isEqualTo(Money.of("1000.00"));
    assertThat(grant.planOf(grant.getNotices().get(0)).income(IncomeKind.OWN_SHARE))
        .isEqualTo(Money.of("550.00"));
  }

  @Test
  void shouldRefuseAPlanWhoseSidesDifferAndKeepTheGrantAsItWas() {
    Grant grant = grant();
    assertThatThrownBy(
            () ->
                grant.enterNotice(
                    notice(LocalDate.of(2024, 3, 1), "650.00"),
                    expenditure("600.00", "500.00", "600.00", "500.00"),
                    income("500.00", "650.00"),
                    TODAY))
        .isInstanceOfSatisfying(
            BusinessRuleViolation.class,
            refused -> assertThat(refused.getMessageKey()).isEqualTo("grant.plan.unbalanced"));
    assertThat(grant.getNotices()).isEmpty();
    assertThat(grant.financingPlanOn(TODAY)).isEmpty();
  }

  @Test
  void shouldShareAPlanByAYearsPartSoThatBothSidesStillAgree() {
    FinancingPlan plan =
        new FinancingPlan(
            Map.of("PERS", new FinancingPlan.Expenditure(Money.of("100.00"), Money.of("100.00"))),
            Map.of(
                IncomeKind.OWN_SHARE, Money.of("35.00"), IncomeKind.THIS_GRANT, Money.of("65.00")));
    // a third: 33.33 in all; the grant 21.666.. -> 21.67, the own share takes the rest, 11.66
    FinancingPlan third = plan.share(Money.of("1.00"), Money.of("3.00"));
    assertThat(third.incomeTotal()).isEqualTo(Money.of("33.33"));
    assertThat(third.expenditureTotal()).isEqualTo(Money.of("33.33"));
    assertThat(third.income(IncomeKind.THIS_GRANT)).isEqualTo(Money.of("21.67"));
    assertThat(third.income(IncomeKind.OWN_SHARE)).isEqualTo(Money.of("11.66"));
  }
}
