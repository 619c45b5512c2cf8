package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A council member before a committee meeting, in a real browser: the dashboard, then a theme in
 * its chart, then the portfolio narrowed to that theme. Screenshots land in {@code
 * target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardJourneyIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  @Test
  void aCouncilMemberClicksAThemeInTheChartAndLandsOnItsProjects() throws Exception {
    try (Browser council = Browser.start(base.toURI().resolve("/"), "de")) {
      council.signIn("council", "council-demo-2026").clickToLoad("session:navDashboard");
      council.screenshot("dashboard-01-overview").assertAccessible("dashboard");
      assertThat(council.text("h1")).isNotBlank();

      // The first bar of the plan-vs-actual chart is the first theme, INF.
      council.clickChartBar("dashboard:themeChart", 0);
      council.waitForUrl("theme=INF");
      council
          .screenshot("dashboard-02-theme-drilldown")
          .assertAccessible("portfolio from the dashboard");
      assertThat(council.text("h1")).isEqualTo("Projektportfolio");
      List<String> themes =
          council.all("[id='portfolio:projects_data'] tr").stream()
              .map(row -> row.findElements(By.tagName("td")).get(2).getText().strip())
              .toList();
      assertThat(themes).isNotEmpty().containsOnly("Zukunftsfähige Infrastruktur");
    }
  }

  @Test
  void theChartsTableAlternativeLeadsToTheSameList() throws Exception {
    try (Browser council = Browser.start(base.toURI().resolve("/"), "en")) {
      council.signIn("council", "council-demo-2026").open("/dashboard.xhtml");
      council.click(council.element("themeTable").findElement(By.tagName("summary")));
      council.screenshot("dashboard-03-table-alternative").assertAccessible("dashboard tables");
      council.clickToLoad("theme-link-STM");
      assertThat(council.currentUrl()).contains("theme=STM");
      assertThat(council.text("h1")).isEqualTo("Project portfolio");
    }
  }
}
