package de.smartcity.portfolio.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.proofofuse.ProofPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProofOfUseAssemblerTest {

  private static Grant grant() {
    return new Grant(
        "Modellprojekte Smart Cities", "436", GrantComponent.B, "REF-1", LocalDate.of(2022, 3, 1));
  }

  @Test
  void shouldNameTheMeasureByItsTitleAndByTheProgrammeWhenTheGrantHasNone() {
    Grant titled = grant();
    titled.describe("Smart City Bochum – Umsetzung", "Stadt Bochum");

    assertThat(ProofOfUseAssembler.grantFacts(titled, "Stadt Bochum").measure())
        .isEqualTo("Smart City Bochum – Umsetzung");
    assertThat(ProofOfUseAssembler.grantFacts(grant(), "Stadt Bochum").measure())
        .isEqualTo("Modellprojekte Smart Cities");
  }

  @Test
  void shouldStatePayoutsAsOfTheYearsEndOrTheProofsDateWhicheverComesFirst() {
    LocalDate issued = LocalDate.of(2026, 12, 3);

    assertThat(ProofPeriod.interim(2024).lastDay(issued)).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(ProofPeriod.interim(2024).firstDay()).contains(LocalDate.of(2024, 1, 1));
    // the current year is stated as of the proof's date, the final proof too
    assertThat(ProofPeriod.interim(2026).lastDay(issued)).isEqualTo(issued);
    assertThat(ProofPeriod.FINAL.lastDay(issued)).isEqualTo(issued);
    assertThat(ProofPeriod.FINAL.firstDay()).isEmpty();
  }
}
