package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.ReceiptInput;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.infrastructure.demo.BulkWriterProbe;
import de.smartcity.portfolio.infrastructure.demo.BulkWriterProbe.Written;
import de.smartcity.portfolio.it.FundedScenario.Funded;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The running totals of the receipts, which the dashboard, the portfolio report and the grant
 * figures read, always equal the sums over the receipts themselves, whichever way receipts are
 * written: the demo loader (through EclipseLink, like every service, with nobody counting the
 * totals but the listener on receipts), the budget service recording, correcting (into another
 * year, category and amount, or only its text) and deleting them, and the benchmark's bulk writer,
 * which writes by JDBC past EclipseLink.
 */
@ExtendWith({ArquillianExtension.class, InServerAsEverything.class})
class ReceiptTotalsIT {

  private static final String RECEIPTS_PER_PROJECT =
      "SELECT project_id, COUNT(*), SUM(amount), SUM(eligible_amount) FROM receipt"
          + " GROUP BY project_id";
  private static final String TOTALS_PER_PROJECT =
      "SELECT project_id, receipts, amount, eligible_amount FROM receipt_total_project";
  private static final String RECEIPTS_PER_YEAR =
      "SELECT EXTRACT(YEAR FROM payment_date), cost_category_id, COUNT(*), SUM(amount),"
          + " SUM(eligible_amount) FROM receipt"
          + " GROUP BY EXTRACT(YEAR FROM payment_date), cost_category_id";
  private static final String TOTALS_PER_YEAR =
      "SELECT payment_year, cost_category_id, receipts, amount, eligible_amount"
          + " FROM receipt_total_year";
  private static final String RECEIPTS_PER_GRANT_DAY =
      "SELECT grant_id, payment_date, cost_category_id, COUNT(*), SUM(amount),"
          + " SUM(eligible_amount) FROM receipt WHERE grant_id IS NOT NULL"
          // a receipt awaiting a second person's confirmation counts for its grant once confirmed
          + " AND awaiting_confirmation = FALSE"
          + " GROUP BY grant_id, payment_date, cost_category_id";
  private static final String TOTALS_PER_GRANT_DAY =
      "SELECT grant_id, payment_date, cost_category_id, receipts, amount, eligible_amount"
          + " FROM receipt_total_grant_day";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject FundedScenario scenario;
  @Inject BudgetService budgets;
  @Inject FundingService funding;
  @Inject PersistenceProbe probe;
  @Inject BulkWriterProbe bulk;

  @Test
  void shouldKeepTheTotalsEqualToTheReceiptsWhateverHappensToThem() throws Exception {
    // as the demo loader left them
    assertTotalsEqualReceipts(probe);

    Funded funded = scenario.create();
    assertTotalsEqualReceipts(probe);
    assertThat(funding.figures(funded.grantId()).actualCosts())
        .isEqualTo(Money.of("3567.91")); // 1,234.57 + 2,000.01 + 333.33

    Receipt investment = receiptOf(funded, "INV");
    budgets.correctReceipt(
        investment.getId(),
        investment.getVersion(),
        funded.project().getId(),
        new ReceiptInput(
            LocalDate.of(2025, 1, 10),
            "Ruhr Sensorik GmbH",
            "Sensoren, nach Gutschrift",
            investment.getReferenceNumber(),
            "SACH",
            new BigDecimal("1500.00"),
            new BigDecimal("1400.00")),
        "Gutschrift des Lieferanten");
    assertTotalsEqualReceipts();
    assertThat(funding.figures(funded.grantId()).actualCosts())
        .isEqualTo(Money.of("3067.90")); // 1,234.57 + 1,500.00 + 333.33
    assertThat(funding.figures(funded.grantId()).eligibleCosts())
        .isEqualTo(Money.of("2967.90")); // 1,234.57 + 1,400.00 + 333.33

    Receipt staff = receiptOf(funded, "PERS");
    budgets.correctReceipt(
        staff.getId(),
        staff.getVersion(),
        funded.project().getId(),
        new ReceiptInput(
            staff.getPaymentDate(),
            "Ruhr Personal GmbH & Co. KG",
            "Projektleitung März, Name berichtigt",
            staff.getReferenceNumber(),
            "PERS",
            staff.getAmount().amount(),
            staff.getEligibleAmount().amount()),
        "Name des Zahlungsempfängers berichtigt");
    assertTotalsEqualReceipts();
    assertThat(funding.figures(funded.grantId()).actualCosts())
        .as("a correction of the text alone moves no money")
        .isEqualTo(Money.of("3067.90"));

    Receipt print = receiptOf(funded, "SACH", "Plakate");
    budgets.deleteReceipt(print.getId(), print.getVersion(), "Beleg gehört nicht zum Projekt");
    assertTotalsEqualReceipts();
    assertThat(
            probe.number(
                "SELECT COUNT(*) FROM receipt_total_grant_day WHERE grant_id = "
                    + funded.grantId()
                    + " AND payment_date = DATE '2025-02-05'"))
        .as("a day whose only receipt is deleted leaves no row")
        .isZero();
    assertThat(funding.figures(funded.grantId()).actualCosts())
        .isEqualTo(Money.of("2734.57")); // 1,234.57 + 1,500.00
  }

  @Test
  void shouldCountTheReceiptsTheBulkWriterWritesPastEclipseLink() throws Exception {
    String prefix = "IT-RT-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

    List<Written> written = bulk.write(prefix, 2);

    assertTotalsEqualReceipts(probe);
    for (Written w : written) {
      assertThat(
              probe.rows(
                  "SELECT t.receipts, t.amount, t.eligible_amount FROM receipt_total_project t"
                      + " JOIN project p ON p.id = t.project_id WHERE p.code = '"
                      + w.code()
                      + "'"))
          .as(w.code())
          .containsExactly(
              "%d | %s | %s"
                  .formatted(
                      w.rows().get("receipt"),
                      w.amount().stripTrailingZeros().toPlainString(),
                      w.eligible().stripTrailingZeros().toPlainString()));
    }
  }

  private Receipt receiptOf(Funded funded, String category, String... purpose) {
    return budgets.receipts(funded.project().getId()).stream()
        .filter(r -> r.getCategory().getCode().equals(category))
        .filter(r -> purpose.length == 0 || r.getPurpose().equals(purpose[0]))
        .findFirst()
        .orElseThrow();
  }

  private void assertTotalsEqualReceipts() throws Exception {
    assertTotalsEqualReceipts(probe);
  }

  /** Every running total equals the sum over the receipts behind it; used by the journal too. */
  static void assertTotalsEqualReceipts(PersistenceProbe probe) throws Exception {
    assertThat(probe.rows(TOTALS_PER_PROJECT))
        .as("totals per project")
        .isEqualTo(probe.rows(RECEIPTS_PER_PROJECT));
    assertThat(probe.rows(TOTALS_PER_YEAR))
        .as("totals per year and category")
        .isEqualTo(probe.rows(RECEIPTS_PER_YEAR));
    assertThat(probe.rows(TOTALS_PER_GRANT_DAY))
        .as("totals per grant, day and category")
        .isEqualTo(probe.rows(RECEIPTS_PER_GRANT_DAY));
  }
}
