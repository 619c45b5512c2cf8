package de.smartcity.portfolio.domain.model.dashboard;

import de.smartcity.portfolio.domain.model.budget.BudgetFigures;
import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.domain.shared.Quarter;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The programme at a glance, as of one day: every figure the council's dashboard and its handout
 * show. Each figure is a sum or count the database made, or one read from {@link GrantFigures}.
 *
 * @param asOf the day the figures speak for
 * @param byStatus projects per life-cycle status, every status listed (key: enum name)
 * @param byHealth projects per health, every health listed (key: enum name)
 * @param programme plan and receipts of the whole programme
 * @param byTheme plan against actual per strategic theme, every theme (key: theme code)
 * @param byOrganisation plan against actual per lead organisation (key: short name)
 * @param byYear plan against actual per year (key: the year)
 * @param grants each grant's figures
 * @param overdueMilestones open milestones whose due date has passed
 * @param projectsWithOverdueMilestones projects with at least one of them
 * @param healthByQuarter status reports per health and quarter of their report date
 * @param calledAndSpent grant money called and spent per quarter, all grants together
 * @param projectsByYear per year of {@code byYear} (key: the year), the projects with plan or
 *     receipts in it: what the portfolio filtered by that year counts
 * @param projectsByQuarter per quarter of {@code healthByQuarter}, the projects that reported in
 *     it: what the portfolio filtered by that quarter counts
 */
public record Dashboard(
    LocalDate asOf,
    List<Count> byStatus,
    List<Count> byHealth,
    BudgetFigures programme,
    List<PlanActual> byTheme,
    List<PlanActual> byOrganisation,
    List<PlanActual> byYear,
    List<GrantTile> grants,
    long overdueMilestones,
    long projectsWithOverdueMilestones,
    List<HealthQuarter> healthByQuarter,
    List<GrantFigures.QuarterFlow> calledAndSpent,
    Map<String, Long> projectsByYear,
    Map<Quarter, Long> projectsByQuarter)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public Dashboard {
    byStatus = List.copyOf(byStatus);
    byHealth = List.copyOf(byHealth);
    byTheme = List.copyOf(byTheme);
    byOrganisation = List.copyOf(byOrganisation);
    byYear = List.copyOf(byYear);
    grants = List.copyOf(grants);
    healthByQuarter = List.copyOf(healthByQuarter);
    calledAndSpent = List.copyOf(calledAndSpent);
    projectsByYear = Map.copyOf(projectsByYear);
    projectsByQuarter = Map.copyOf(projectsByQuarter);
  }

  /** All projects, counted once (the statuses partition them). */
  public long projectCount() {
    return byStatus.stream().mapToLong(Count::count).sum();
  }

  /**
   * How many projects have one value of a grouping.
   *
   * @param key the enum name of a status or health
   * @param count the number of projects
   */
  public record Count(String key, long count) implements Serializable {}

  /**
   * Plan against actual of one slice of the programme.
   *
   * @param key what identifies the slice in a link to the portfolio (theme code, short name, year)
   * @param label what a reader sees
   */
  public record PlanActual(String key, String label, Money planned, Money actual)
      implements Serializable {

    public Money remaining() {
      return planned.minus(actual);
    }
  }

  /**
   * A grant's tile.
   *
   * @param spent the grant's share of the eligible costs spent so far
   * @param unspentCalled called money not yet covered by spending
   * @param overdueUnspent money of payouts whose spending window has closed, still unspent today
   * @param oldestWindowClosedOn the last day of the oldest such payout's window; null when none
   * @param daysSinceWindowClosed days since that day; zero when none
   * @param daysToProofOfUse days from {@link Dashboard#asOf} to the deadline; negative once passed
   * @param projects the projects it funds: what the portfolio filtered by the grant counts
   */
  public record GrantTile(
      long id,
      String reference,
      GrantComponent component,
      Money approved,
      Money called,
      Money spent,
      Money unspentCalled,
      Money overdueUnspent,
      LocalDate oldestWindowClosedOn,
      long daysSinceWindowClosed,
      LocalDate proofOfUseDue,
      long daysToProofOfUse,
      long projects)
      implements Serializable {

    public boolean hasOverduePayouts() {
      return oldestWindowClosedOn != null;
    }

    /** Days since the proof-of-use deadline passed; zero while it lies ahead. */
    public long daysSinceProofOfUseDue() {
      return Math.max(0, -daysToProofOfUse);
    }
  }

  /**
   * Status reports of one quarter by the health they reported.
   *
   * @param quarter the quarter of the report date
   */
  public record HealthQuarter(Quarter quarter, long green, long amber, long red)
      implements Serializable {

    public long total() {
      return green + amber + red;
    }
  }

  /**
   * An open milestone that is overdue or due soon.
   *
   * @param overdue whether its due date has passed
   */
  public record MilestoneLine(
      long id,
      String title,
      LocalDate dueDate,
      boolean overdue,
      String projectCode,
      String projectTitle,
      String themeCode)
      implements Serializable {}
}
