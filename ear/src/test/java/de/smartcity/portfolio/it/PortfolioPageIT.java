package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
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

  private static URI rootOf(URL url) throws Exception {
    return url.toURI().resolve("/");
  }
}
