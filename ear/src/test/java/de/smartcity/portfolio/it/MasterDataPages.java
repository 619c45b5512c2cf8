package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openqa.selenium.By;

/**
 * What {@link MasterDataIT}'s client-side tests do with pages: kept apart because the test class is
 * loaded in the server too, where neither jsoup nor Selenium is.
 */
final class MasterDataPages {

  private MasterDataPages() {}

  /** Picks an option of a PrimeFaces select by its value, as its widget does for a user. */
  static void choose(Browser browser, String id, String value) {
    browser.executeScript(
        // selectValue alone is silent: the change behaviour (the theme's code proposal) is called
        // as a user's choice calls it
        "const menu = PrimeFaces.getWidgetById(arguments[0]); menu.selectValue(arguments[1]);"
            + " if (menu.hasBehavior('change')) { menu.callBehavior('change'); }",
        id,
        value);
    browser.waitForAjax();
  }

  static int projectCount(Browser browser) {
    String header = browser.text("[id='portfolio:projects'] .ui-datatable-header");
    return Integer.parseInt(header.replaceAll("[^0-9]", ""));
  }

  static Document page(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("Exception");
    return Jsoup.parse(response.body());
  }

  /** The messages shown right after the field (its own or its wrapper's next siblings). */
  static String messageNear(Document page, String id) {
    var field = page.getElementById(id);
    assertThat(field).as("field %s", id).isNotNull();
    StringBuilder text = new StringBuilder();
    for (var element = field; element != null && text.isEmpty(); element = element.parent()) {
      for (var sibling = element.nextElementSibling();
          sibling != null && !sibling.tagName().equals("label");
          sibling = sibling.nextElementSibling()) {
        if (sibling.hasClass("ui-message")) {
          text.append(sibling.text());
          break;
        }
      }
    }
    return text.toString();
  }

  static void assertMessageAt(Document page, String id, String message) {
    assertThat(messageNear(page, id)).as("message next to %s", id).contains(message);
  }

  static List<String> optionLabels(WebSession session, String path) throws Exception {
    return Jsoup.parse(session.open(path).body()).select("option").eachText();
  }

  /** Ticks a PrimeFaces check box, as a user clicks its box. */
  static void tick(Browser browser, String id) {
    browser.click(browser.element(id).findElement(By.cssSelector(".ui-chkbox-box")));
  }

  /** Clicks the label with the text inside the element, such as a role's check box. */
  static void clickLabel(Browser browser, String within, String label) {
    browser.click(
        browser.element(within).findElement(By.xpath(".//label[text()='" + label + "']")));
  }

  /** Presses a button of the table row that holds the text. */
  static void pressInRow(WebSession session, String path, String rowText, String button)
      throws Exception {
    Document table = Jsoup.parse(session.open(path).body());
    var rows = table.select("[id='records:table_data'] > tr");
    int row = 0;
    while (!rows.get(row).text().contains(rowText)) {
      row++;
    }
    var form = session.form(table, "records");
    form.values().put("records:table:" + row + ":" + button, "");
    session.post(form.action(), form.values());
  }

  /**
   * Submits the registration form with theme INF and the city as lead organisation, the code and
   * title given and any further fields as name and value pairs; the answer.
   */
  static Document register(WebSession session, String code, String title, String... more)
      throws Exception {
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("theme_input", "INF");
    fields.put("code", code);
    fields.put("title", title);
    fields.put("leadOrganisation_input", "STADT");
    for (int i = 0; i < more.length; i += 2) {
      fields.put(more[i], more[i + 1]);
    }
    fields.put("submit", "");
    return page(session.submit("/project-new.xhtml", "register", fields));
  }

  /** The page's visible text. */
  static String text(WebSession session, String path) throws Exception {
    return Jsoup.parse(session.open(path).body()).text();
  }
}
