package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.DashboardService;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.budget.BudgetFigures;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.infrastructure.demo.BulkWriterProbe;
import de.smartcity.portfolio.infrastructure.demo.BulkWriterProbe.Written;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchiveFormat;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The benchmark's bulk writer, which writes eight tables by hand-listed columns, on a small scale
 * in every build: a migration that breaks it (a new NOT NULL column, a renamed one) fails here and
 * not only in the benchmark. It writes a few generated projects under codes of its own ({@code
 * IT-BULK-}), which the application then reads back with their receipt totals. The application as
 * packaged holds no part of the loader.
 */
@ExtendWith({ArquillianExtension.class, InServerAsEverything.class})
class BulkProjectWriterIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject BulkWriterProbe bulk;
  @Inject ProjectService projects;
  @Inject BudgetService budgets;
  @Inject DashboardService dashboards;
  @Inject PersistenceProbe probe;

  @Test
  void shouldWriteProjectsThatTheApplicationReadsBackWithTheirReceiptTotals() throws Exception {
    String prefix =
        "IT-BULK-"
            + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36)
                .toUpperCase(Locale.ROOT);

    // the dashboard as it is kept before the writer runs
    long before = dashboards.dashboard().projectCount();

    List<Written> written = bulk.write(prefix, 4);

    // writing past EclipseLink, the writer still tells the application its kept figures are old:
    // the dashboard counts the four new projects at once
    assertThat(dashboards.dashboard().projectCount()).isEqualTo(before + 4);

    assertThat(written).hasSize(4);
    for (String table : written.get(0).rows().keySet()) {
      assertThat(written.stream().mapToInt(w -> w.rows().get(table)).sum())
          .as("rows for %s, so that the writer's statement for it runs", table)
          .isPositive();
    }
    for (Written w : written) {
      ProjectSummary project = projects.findProject(w.code()).orElseThrow();
      for (var table : w.rows().entrySet()) {
        assertThat(
                probe.number(
                    "SELECT COUNT(*) FROM %s t JOIN project p ON p.id = t.project_id WHERE p.code = '%s'"
                        .formatted(table.getKey(), w.code())))
            .as("%s: rows in %s", w.code(), table.getKey())
            .isEqualTo(table.getValue().longValue());
      }
      assertThat(budgets.receipts(project.id())).as(w.code()).hasSize(w.rows().get("receipt"));
      BudgetFigures total = budgets.projectBudget(project.id()).total();
      assertThat(total.actual()).as("%s: spent", w.code()).isEqualTo(Money.of(w.amount()));
      assertThat(total.actualEligible())
          .as("%s: eligible part spent", w.code())
          .isEqualTo(Money.of(w.eligible()));
      assertThat(total.planned()).as("%s: planned", w.code()).isEqualTo(Money.of(w.planned()));
      assertThat(
              probe.number(
                  "SELECT COALESCE(SUM(t.receipts), 0) FROM receipt_total_project t"
                      + " JOIN project p ON p.id = t.project_id WHERE p.code = '"
                      + w.code()
                      + "'"))
          .as("%s: receipts in the running totals", w.code())
          .isEqualTo(w.rows().get("receipt").longValue());
    }
  }

  @Test
  @RunAsClient
  void shouldLeaveTheBenchmarkLoaderOutOfTheApplication() {
    JavaArchive ejb =
        Deployments.application()
            .getAsType(JavaArchive.class, "smartcity-ejb.jar", ArchiveFormat.ZIP);

    assertThat(ejb.getContent().keySet())
        .extracting(path -> path.get())
        .noneMatch(path -> path.contains("ScaledDataLoader") || path.contains("BulkProjectWriter"))
        .doesNotContain("/META-INF/ejb-jar.xml");
  }
}
