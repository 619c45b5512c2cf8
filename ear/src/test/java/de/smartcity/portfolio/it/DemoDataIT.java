package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.infrastructure.demo.DemoDataLoader;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The demo portfolio an embedded installation starts with, in the programme's shape. */
@ExtendWith({ArquillianExtension.class, InServerAsEverything.class})
class DemoDataIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject PersistenceProbe probe;
  @Inject FundingService funding;
  @Inject DemoDataLoader demoLoader;

  @Test
  void shouldHoldARealisticPortfolioOverAllThemesFieldsAndOrganisations() throws Exception {
    assertThat(probe.number("SELECT COUNT(*) FROM project WHERE code NOT LIKE 'IT-%'"))
        .isGreaterThanOrEqualTo(110);
    assertThat(probe.number("SELECT COUNT(DISTINCT theme_id) FROM project")).isEqualTo(5);
    assertThat(probe.number("SELECT COUNT(DISTINCT field_of_action_id) FROM project"))
        .isEqualTo(15);
    assertThat(
            probe.number(
                "SELECT COUNT(*) FROM organisation o WHERE EXISTS (SELECT 1 FROM project p"
                    + " WHERE p.lead_organisation_id = o.id) OR EXISTS (SELECT 1 FROM project_partner pp"
                    + " WHERE pp.organisation_id = o.id)"))
        .isEqualTo(probe.number("SELECT COUNT(*) FROM organisation"));
    assertThat(probe.readColumn("project", "title", "code", "MOB-01"))
        .contains("Bodenfeuchtesensoren für Straßenbäume");
    assertThat(probe.number("SELECT COUNT(*) FROM receipt")).isGreaterThan(4000);
    assertThat(probe.number("SELECT MIN(plan_year) FROM cost_plan_line")).isEqualTo(2022);
    assertThat(probe.number("SELECT MAX(plan_year) FROM cost_plan_line")).isEqualTo(2028);
    assertThat(
            probe.number(
                "SELECT COUNT(*) FROM milestone WHERE completed_on IS NULL"
                    + " AND due_date < CURRENT_DATE"))
        .isPositive();
    assertThat(probe.number("SELECT COUNT(*) FROM milestone WHERE completed_on IS NOT NULL"))
        .isPositive();
    assertThat(probe.number("SELECT COUNT(DISTINCT health) FROM status_report")).isEqualTo(3);
    assertThat(probe.number("SELECT COUNT(*) FROM audit_entry WHERE username = 'demo-data'"))
        .isPositive();
  }

  @Test
  void shouldCarryTheRoundThreeGrantWithComponentsAAndBAtSixtyFivePerCent() throws Exception {
    // Component A: 2,000,000.00 eligible x 65 % = 1,300,000.00; component B: 13,200,000.00
    // eligible x 65 % = 8,580,000.00 (the round-3 application's 15.2 m, split as in the demo).
    Grant a = grant("MPSC-R3-A-BOCHUM");
    Grant b = grant("MPSC-R3-B-BOCHUM");
    assertThat(a.getComponent()).isEqualTo(GrantComponent.A);
    assertThat(a.getApprovedGrant()).isEqualTo(Money.of("1300000.00"));
    assertThat(b.getComponent()).isEqualTo(GrantComponent.B);
    assertThat(b.getFundingRate()).isEqualByComparingTo(BigDecimal.valueOf(65));
    assertThat(b.getApprovedEligibleCosts()).isEqualTo(Money.of("13200000.00"));
    assertThat(b.getApprovedGrant()).isEqualTo(Money.of("8580000.00"));

    GrantFigures figures = funding.figures(b.getId());
    assertThat(figures.called())
        .isGreaterThan(Money.ZERO)
        .isLessThanOrEqualTo(Money.of("8580000.00"));
    // The grant's share, worked out by the database from the receipt list itself rather than from
    // the kept totals the application reads: 65 % of the eligible amounts, to the cent.
    long share =
        probe.number(
            "SELECT ROUND(SUM(eligible_amount) * 65, 0) FROM receipt WHERE grant_id = "
                + b.getId());
    assertThat(figures.grantShare().amount().movePointRight(2).longValueExact())
        .isEqualTo(Math.min(share, 858_000_000L));
  }

  private Grant grant(String reference) {
    return funding.grants().stream()
        .filter(g -> reference.equals(g.getReference()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shouldNotLoadTheDemoDataASecondTime() throws Exception {
    long projects = probe.number("SELECT COUNT(*) FROM project WHERE code NOT LIKE 'IT-%'");
    assertThat(demoLoader.loadIfEmpty()).isFalse();
    assertThat(probe.number("SELECT COUNT(*) FROM project WHERE code NOT LIKE 'IT-%'"))
        .isEqualTo(projects);
  }
}
