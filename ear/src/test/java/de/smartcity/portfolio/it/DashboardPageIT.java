package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A council member opens the dashboard before a committee meeting. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  private Document openAsCouncil(String language) throws Exception {
    WebSession session = new WebSession(rootOf(base), language);
    session.signIn("council", "council-demo-2026");
    HttpResponse<String> response = session.open("/dashboard.xhtml");
    assertThat(response.statusCode()).isEqualTo(200);
    return Jsoup.parse(response.body(), rootOf(base).toString());
  }

  @Test
  void shouldShowTheCouncilTheTilesWithLinksToTheFilteredPortfolio() throws Exception {
    Document page = openAsCouncil("de");

    assertThat(page.select("h1").text()).isEqualTo("Programm auf einen Blick");
    assertThat(page.select("h2").eachText())
        .contains("Projekte", "Budget und Meilensteine", "Fördermittel", "Plan und Ist");
    assertThat(link(page, "tile-status-IN_PROGRESS")).endsWith("/index.xhtml?status=IN_PROGRESS");
    assertThat(page.getElementById("tile-status-IN_PROGRESS").text()).contains("In Umsetzung");
    assertThat(link(page, "tile-health-RED")).endsWith("/index.xhtml?health=RED");
    assertThat(page.getElementById("tile-health-RED").text()).contains("Rot");
    assertThat(link(page, "tile-overdue")).endsWith("/index.xhtml?overdue=true");
    assertThat(page.getElementById("tile-overdue").text()).contains("überfällige Meilensteine");

    long projects =
        page.select("a[id^=tile-status-] .tile-value").eachText().stream()
            .mapToLong(Long::parseLong)
            .sum();
    assertThat(page.text()).contains(projects + " Projekte im Programm");
    assertThat(projects).isGreaterThanOrEqualTo(115);
    assertThat(page.getElementById("tile-planned").text()).matches(".*[0-9.]+,[0-9]{2} €.*");
  }

  @Test
  void shouldOfferEveryChartAsTableWhoseNamesLeadToTheFilteredPortfolio() throws Exception {
    Document page = openAsCouncil("de");

    Element infrastructure = page.getElementById("theme-link-INF");
    assertThat(infrastructure.text()).isEqualTo("Zukunftsfähige Infrastruktur");
    assertThat(infrastructure.absUrl("href")).endsWith("/index.xhtml?theme=INF");
    assertThat(page.select("a[id^=theme-link-]")).hasSize(5);
    assertThat(link(page, "organisation-link-STW")).endsWith("/index.xhtml?organisation=STW");
    assertThat(link(page, "health-link-AMBER")).endsWith("/index.xhtml?health=AMBER");
    assertThat(page.getElementById("themeChartSummary").text()).contains("5 Einträge");
    for (String chart : List.of("themeChart", "organisationChart", "yearChart", "healthChart")) {
      assertThat(page.getElementById("dashboard:" + chart)).as(chart).isNotNull();
    }
    for (String table : List.of("themeTable", "organisationTable", "yearTable", "healthTable")) {
      assertThat(page.select("#" + table + " table caption").text()).as(table).isNotBlank();
    }
    assertThat(page.select("#milestonesTable tbody tr").eachText())
        .anySatisfy(row -> assertThat(row).contains("Überfällig"));
    assertThat(page.getElementById("session:navDashboard")).isNotNull();
  }

  @Test
  void shouldHandOutTheDashboardAsPdfNamedAfterToday() throws Exception {
    WebSession session = new WebSession(rootOf(base), "de");
    session.signIn("council", "council-demo-2026");
    HttpResponse<byte[]> file = session.download("/dashboard.xhtml", "dashboard", "handout");

    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            disposition ->
                assertThat(disposition).contains("Dashboard_" + CityDay.today() + ".pdf"));
    // The handout names the programme's themes, as the page does.
    assertThat(ReadBack.pdfText(file.body()))
        .contains("Zukunftsfähige Infrastruktur", "Nachhaltige Mobilität und Umweltschutz");
  }

  @Test
  void shouldSpeakEnglishToABrowserThatAsksForIt() throws Exception {
    Document page = openAsCouncil("en");

    assertThat(page.select("h1").text()).isEqualTo("The programme at a glance");
    assertThat(page.getElementById("theme-link-MOB").text())
        .isEqualTo("Nachhaltige Mobilität und Umweltschutz");
  }

  private static String link(Document page, String id) {
    Element element = page.getElementById(id);
    assertThat(element).as(id).isNotNull();
    return element.absUrl("href");
  }

  private static URI rootOf(URL url) throws Exception {
    return url.toURI().resolve("/");
  }
}
