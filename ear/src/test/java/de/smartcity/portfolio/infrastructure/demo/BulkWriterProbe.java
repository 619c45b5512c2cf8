package de.smartcity.portfolio.infrastructure.demo;

import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.infrastructure.startup.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes a few generated projects by the benchmark's bulk writer, under codes of a test's own, and
 * says what a reader must find for each. It sits in the generator's package because the generated
 * records are package-private; {@code Deployments} puts it into the EJB module together with the
 * benchmark loader.
 */
@ApplicationScoped
public class BulkWriterProbe {

  /**
   * What was written for one project.
   *
   * @param code the project's code
   * @param rows how many rows each table below the project got, by table name
   * @param amount the sum of the receipts' amounts
   * @param eligible the sum of the receipts' eligible amounts
   * @param planned the sum of the planned costs
   */
  public record Written(
      String code,
      Map<String, Integer> rows,
      BigDecimal amount,
      BigDecimal eligible,
      BigDecimal planned) {}

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  private DataSource dataSource;

  @Inject private Clock clock;

  /**
   * Generates {@code count} projects of the demo's shape and writes them, as the benchmark loader
   * does, by the bulk writer, which counts their receipts into the running totals. The projects get
   * the codes {@code prefix + "-" + n} and no grant, so the grants' figures stay as they were.
   */
  public List<Written> write(String prefix, int count) throws Exception {
    PortfolioGenerator generator =
        new PortfolioGenerator(DemoDataLoader.DEMO_SEED, count, 20, LocalDate.now(clock));
    List<GeneratedData.Project> projects = new ArrayList<>();
    generator.projects(project -> projects.add(renamed(project, prefix + "-" + projects.size())));
    try (Connection connection = dataSource.getConnection();
        BulkProjectWriter writer = new BulkProjectWriter(connection)) {
      for (GeneratedData.Project project : projects) {
        writer.write(project);
      }
      writer.finish();
    }
    return projects.stream().map(BulkWriterProbe::written).toList();
  }

  private static GeneratedData.Project renamed(GeneratedData.Project p, String code) {
    return new GeneratedData.Project(
        code,
        p.title(),
        p.summary(),
        p.theme(),
        p.field(),
        p.lead(),
        p.partners(),
        p.managerEmail(),
        p.deputyEmails(),
        p.status(),
        p.health(),
        p.healthReason(),
        p.start(),
        p.end(),
        null,
        p.kpis(),
        p.milestones(),
        p.reports(),
        p.plan(),
        p.receipts());
  }

  private static Written written(GeneratedData.Project p) {
    return new Written(
        p.code(),
        Map.of(
            "project_partner", p.partners().size(),
            "project_deputy", p.deputyEmails().size(),
            "project_kpi", p.kpis().size(),
            "kpi_measurement", p.kpis().stream().mapToInt(k -> k.measurements().size()).sum(),
            "milestone", p.milestones().size(),
            "status_report", p.reports().size(),
            "cost_plan_line", p.plan().size(),
            "receipt", p.receipts().size()),
        sum(p.receipts().stream().map(GeneratedData.Receipt::amount).toList()),
        sum(p.receipts().stream().map(GeneratedData.Receipt::eligible).toList()),
        sum(p.plan().stream().map(GeneratedData.PlanLine::planned).toList()));
  }

  private static BigDecimal sum(List<Money> amounts) {
    return amounts.stream().reduce(Money.ZERO, Money::plus).amount();
  }
}
