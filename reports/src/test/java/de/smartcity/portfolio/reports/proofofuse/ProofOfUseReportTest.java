package de.smartcity.portfolio.reports.proofofuse;

import static de.smartcity.portfolio.reports.testing.ProofOfUseScenario.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.reports.testing.ProofOfUseScenario;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProofOfUseReportTest {

  @Test
  void shouldKeepTheReceiptsInDateOrder() {
    List<LocalDate> dates =
        ProofOfUseScenario.finalProof().receipts().receipts().stream().map(Receipt::date).toList();

    assertThat(dates).isSorted().hasSize(4);
  }

  @Test
  void shouldRefuseReceiptsThatDoNotAddUpToTheCostCategory() {
    List<Receipt> receipts = new ArrayList<>(ProofOfUseScenario.receipts());
    Receipt first = receipts.get(0);
    receipts.set(
        0,
        new Receipt(
            first.date(),
            first.payee(),
            first.purpose(),
            first.reference(),
            first.project(),
            "Sachausgaben",
            first.amount(),
            first.eligibleAmount()));

    assertThatThrownBy(() -> ProofOfUseScenario.proof(ProofKind.FINAL, null, receipts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Sachausgaben");
  }

  @Test
  void shouldRefuseAReceiptListWhoseTotalIsWrongByOneCent() {
    assertThatThrownBy(
            () -> new ReceiptList(ProofOfUseScenario.receipts(), eur("20000.01"), eur("19850.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("20000.01");
  }

  @Test
  void shouldRefuseAShareThatIsNotRoundedHalfUp() {
    var halfEven =
        new IncomeLine(
            IncomeSource.THIRD_PARTY_CONTRIBUTIONS,
            eur("2469.00"),
            eur("12.34"),
            eur("2469.00"),
            eur("12.34"));
    var rest =
        new IncomeLine(
            IncomeSource.OWN_SHARE, eur("17531.00"), eur("87.66"), eur("17531.00"), eur("87.66"));

    assertThatThrownBy(
            () -> new IncomeStatement(List.of(halfEven, rest), eur("20000.00"), eur("20000.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("THIRD_PARTY_CONTRIBUTIONS");
  }

  @Test
  void shouldRequireABudgetYearForAnInterimProofOnly() {
    assertThatThrownBy(
            () -> ProofOfUseScenario.proof(ProofKind.INTERIM, null, ProofOfUseScenario.receipts()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                ProofOfUseScenario.proof(
                    ProofKind.FINAL, Year.of(2024), ProofOfUseScenario.receipts()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
