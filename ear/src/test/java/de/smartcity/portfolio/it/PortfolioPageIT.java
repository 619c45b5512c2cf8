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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  @Test
  void shouldListTheSeededProjectsInAPrimeFacesTableAtTheRoot() throws Exception {
    WebSession session = new WebSession(rootOf(base), "de");
    session.signIn("council", "council-demo-2026");
    // Other tests add projects whose codes sort first; the search narrows the list to the seed.
    HttpResponse<String> response = session.open("/?q=Bochum-App");

    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("h1").text()).isEqualTo("Projektportfolio");
    assertThat(page.select("table td").eachText()).contains("Bochum-App", "INF-01", "Umgesetzt");
    assertThat(page.select("script[src]").eachAttr("src"))
        .anySatisfy(src -> assertThat(src).contains("ln=primefaces"));
    assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
        .anySatisfy(href -> assertThat(href).contains("ln=primefaces"));
  }

  @Test
  void shouldSpeakEnglishToABrowserThatAsksForIt() throws Exception {
    WebSession session = new WebSession(rootOf(base), "en");
    Document page = Jsoup.parse(session.signIn("council", "council-demo-2026").body());
    assertThat(page.select("h1").text()).isEqualTo("Project portfolio");

    Document seed = Jsoup.parse(session.open("/?q=Bochum-App").body());
    assertThat(seed.select("table td").eachText()).contains("Completed", "Green");
  }

  @Test
  void shouldAnswerAnUnknownAddressWithItsOwnPageAndNoServerDetails() throws Exception {
    WebSession session = new WebSession(rootOf(base), "de");
    session.signIn("council", "council-demo-2026");
    HttpResponse<String> response = session.get("/does-not-exist.xhtml");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(response.body()).text())
        .contains("Seite nicht gefunden")
        .doesNotContain("WildFly", "Exception", "at de.smartcity");
  }

  @Test
  void shouldCountOneProjectInTheSingularAndSayWhenNoProjectMatchesTheFilters() throws Exception {
    // A project of its own, found by its code, which no other project's code, title or summary
    // contains: a search that finds exactly one project whatever other tests have registered.
    String code = ProjectScenario.code("ONE");
    ProjectProbeServlet.register(
        rootOf(base), code, CityDay.today().minusMonths(1), CityDay.today().plusYears(1), null);
    for (String[] language :
        List.of(
            new String[] {"de", "1 Projekt", "Keine Projekte", "Kein Projekt entspricht"},
            new String[] {"en", "1 project", "No projects", "No project matches"})) {
      WebSession session = new WebSession(rootOf(base), language[0]);
      session.signIn("council", "council-demo-2026");
      Document one = Jsoup.parse(session.open("/?q=" + code).body());
      assertThat(one.select("[id='portfolio:projects'] .ui-datatable-header").text())
          .isEqualTo(language[1]);

      Document none = Jsoup.parse(session.open("/?q=IT-nothing-is-called-so").body());
      assertThat(none.select("[id='portfolio:projects'] .ui-datatable-header").text())
          .isEqualTo(language[2]);
      assertThat(none.select("[id='portfolio:projects'] .ui-datatable-empty-message").text())
          .startsWith(language[3]);
    }
  }

  @Test
  void shouldRestoreOnlyMyProjectsAndTheOtherFiltersFromTheAddress() throws Exception {
    WebSession pm = new WebSession(rootOf(base), "de");
    pm.signIn("pm", "pm-demo-2026");
    Document all = Jsoup.parse(pm.open("/").body());
    Document mine = Jsoup.parse(pm.open("/?status=IN_PROGRESS&mine=true").body());

    assertThat(mine.select("[id='portfolio:mine_input']").hasAttr("checked")).isTrue();
    assertThat(mine.select("[id='portfolio:status'] option[selected]").attr("value"))
        .isEqualTo("IN_PROGRESS");
    assertThat(count(mine)).isPositive().isLessThan(count(all));
    // The address the page states for the browser's address bar, the same filter in its order.
    assertThat(mine.select("[id='portfolio:address']").attr("data-address"))
        .isEqualTo("?status=IN_PROGRESS&mine=true");
    assertThat(all.select("[id='portfolio:address']").attr("data-address")).isEmpty();
  }

  private static int count(Document page) {
    return Integer.parseInt(
        page.select("[id='portfolio:projects'] .ui-datatable-header").text().replaceAll("\\D", ""));
  }

  private static URI rootOf(URL url) throws Exception {
    return url.toURI().resolve("/");
  }
}
