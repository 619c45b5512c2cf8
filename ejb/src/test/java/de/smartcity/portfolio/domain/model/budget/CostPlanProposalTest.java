package de.smartcity.portfolio.domain.model.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.shared.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A project manager's cost-plan change is a proposal; only finance's decision moves the plan. */
class CostPlanProposalTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private final Project project =
      new Project(
          "MOB-02",
          "Klimamessnetz",
          new StrategicTheme("MOB", "Mobilität", 4),
          new Organisation("STADT", "Stadt Bochum", true),
          ProjectStatus.IN_PROGRESS);
  private final CostCategory things = new CostCategory("SACH", "Sachausgaben", 2);

  @Test
  void shouldKeepTheApprovedAmountsUntilFinanceApprovesTheProposal() {
    CostPlanLine line = new CostPlanLine(project, 2026, things);
    line.plan(Money.of("1000.00"), Money.of("800.00"));

    line.propose(Money.of("1500.00"), Money.of("1200.00"), null, TODAY);
    assertThat(line.getPlanned()).isEqualTo(Money.of("1000.00"));
    assertThat(line.getProposedPlanned()).isEqualTo(Money.of("1500.00"));
    assertThat(line.hasProposal()).isTrue();

    assertThat(line.approve(null)).as("line stays").isFalse();
    assertThat(line.getPlanned()).isEqualTo(Money.of("1500.00"));
    assertThat(line.getEligible()).isEqualTo(Money.of("1200.00"));
    assertThat(line.hasProposal()).isFalse();
  }

  @Test
  void shouldCountANewLineOnlyOnceApprovedAndDropItWhenRejected() {
    CostPlanLine line = new CostPlanLine(project, 2026, things);
    line.propose(Money.of("700.00"), Money.of("700.00"), null, TODAY);
    assertThat(line.isApproved()).isFalse();

    assertThatThrownBy(() -> line.reject("  "))
        .hasFieldOrPropertyWithValue("messageKey", "costplan.reason.required")
        .hasFieldOrPropertyWithValue("field", "decisionReason");
    assertThat(line.hasProposal()).as("a refused rejection changes nothing").isTrue();

    assertThat(line.reject("Nicht förderfähig")).as("nothing left: the line goes").isTrue();
    assertThat(line.getDecisionNote()).isEqualTo("Nicht förderfähig");
  }

  @Test
  void shouldRemoveALineWhoseRemovalOrZeroIsApproved() {
    CostPlanLine removed = new CostPlanLine(project, 2026, things);
    removed.plan(Money.of("100.00"), Money.of("100.00"));
    assertThatThrownBy(() -> removed.proposeRemoval("", TODAY))
        .hasFieldOrPropertyWithValue("field", "removalReason");
    removed.proposeRemoval("Beschaffung entfällt", TODAY);
    assertThat(removed.getPlanned()).as("counts until approved").isEqualTo(Money.of("100.00"));
    assertThat(removed.approve(null)).isTrue();

    CostPlanLine zero = new CostPlanLine(project, 2026, things);
    zero.plan(Money.of("100.00"), Money.of("100.00"));
    zero.propose(Money.ZERO, Money.ZERO, null, TODAY);
    assertThat(zero.approve("ok")).as("a line of 0 does not linger").isTrue();
  }

  @Test
  void shouldRefuseADecisionWithoutAnOpenProposal() {
    CostPlanLine line = new CostPlanLine(project, 2026, things);
    line.plan(Money.of("100.00"), Money.of("100.00"));
    assertThatThrownBy(() -> line.approve(null))
        .hasFieldOrPropertyWithValue("messageKey", "costplan.proposal.none");
  }
}
