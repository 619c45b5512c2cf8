package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text from the database reaches every page as text, also where a JavaScript widget draws it: a
 * project manager gives a milestone a title made of markup, and the council's dashboard timeline
 * shows those characters instead of building an element from them.
 */
@SameOnEveryDatabase
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutputEncodingIT {

  private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** The probe's title, behind a marker of this run so that the test finds its own milestone. */
  private static final String MARKUP = "\"><img src=x onerror=alert(1)>";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  @Test
  void shouldShowAMilestoneTitleOfMarkupAsTextInTheDashboardTimeline() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    String code = "IT-SEC-" + suffix;
    String title = "SEC-" + suffix + " " + MARKUP;
    registerProjectOfTheDemoManager(code);

    try (Browser pm = Browser.start(base.toURI().resolve("/"), "de")) {
      pm.signIn("pm", "pm-demo-2026").open("/project.xhtml?code=" + code);
      pm.click(WorkspaceJourneyIT.tab(pm, "Meilensteine"))
          .type("tabs:milestones:title", title)
          .typeDate("tabs:milestones:dueDate", CityDay.today().plusDays(1).format(GERMAN))
          .click("tabs:milestones:save");
      assertThat(pm.text("[id='tabs:milestones:messages']")).contains("angelegt");

      pm.consoleMessages();
      pm.open("/dashboard.xhtml");
      showInTheTimeline(pm, suffix);
      pm.executeScript(
          "document.getElementById('dashboard:timeline').scrollIntoView({block: 'center'});");
      pm.screenshot("output-encoding-01-timeline");

      List<String> shown =
          pm.all("[id='dashboard:timeline'] .vis-item-content").stream()
              .map(item -> item.getText())
              .filter(text -> text.contains(suffix))
              .toList();
      assertThat(shown).as("the timeline item of the milestone").hasSize(1);
      assertThat(shown.get(0)).contains(title);
      assertThat(pm.all("[id='dashboard:timeline'] img"))
          .as("elements made from the title")
          .isEmpty();
      assertThat(pm.all("img[src='x'], [onerror]")).as("elements made from the title").isEmpty();
      assertThat(pm.consoleMessages())
          .as("vis-timeline's own XSS protection stays on")
          .noneMatch(message -> message.contains("disabled XSS protection"));
    }
  }

  @Test
  void shouldKeepTheTimelinesOwnFilterOnForMarkupThatReachesItInTheBrowser() throws Exception {
    try (Browser council = Browser.start(base.toURI().resolve("/"), "en")) {
      council.signIn("council", "council-demo-2026").open("/dashboard.xhtml");
      // Markup handed to the widget in the browser (as a later script might) loses its handlers.
      council.executeScript(
          "const timeline = PrimeFaces.getWidgetById('dashboard:timeline').instance;"
              + "const now = new Date();"
              + "timeline.itemsData.add({id: 'sec-probe', start: now,"
              + " group: timeline.groupsData.getIds()[0],"
              + " content: '<img src=\"probe.png\" onerror=\"window.secProbe = 1\">'});"
              + "timeline.setWindow(new Date(now.getTime() - 864e5),"
              + " new Date(now.getTime() + 864e5), {animation: false});");
      council.waitUntil(
          () -> !council.all("[id='dashboard:timeline'] .vis-item-content").isEmpty());
      assertThat(council.all("[id='dashboard:timeline'] [onerror]")).isEmpty();
    }
  }

  /** Moves the timeline's window to the test's own milestone, wherever the others lie. */
  private static void showInTheTimeline(Browser browser, String marker) {
    Object found =
        browser.executeScript(
            "const timeline = PrimeFaces.getWidgetById('dashboard:timeline').instance;"
                + "const item = timeline.itemsData.get().find("
                + " i => String(i.content).includes(arguments[0]));"
                + "if (!item) return false;"
                + "const at = new Date(item.start).getTime();"
                + "timeline.setWindow(new Date(at - 2 * 864e5), new Date(at + 2 * 864e5),"
                + " {animation: false});"
                + "return true;",
            marker);
    assertThat(found).as("the milestone is among the timeline's items").isEqualTo(true);
    browser.waitUntil(
        () ->
            browser.all("[id='dashboard:timeline'] .vis-item-content").stream()
                .anyMatch(item -> item.getText().contains(marker)));
  }

  private void registerProjectOfTheDemoManager(String code) throws Exception {
    URI probe =
        base.toURI()
            .resolve(ProjectProbeServlet.PATH + "?code=" + code + "&manager=" + As.PM_EMAIL);
    HttpResponse<String> created =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(probe).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).isEqualTo(201);
  }
}
