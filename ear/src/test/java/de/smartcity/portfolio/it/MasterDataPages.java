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

  /**
   * Picks an option of a PrimeFaces select by its value, as its widget does for a user: opens the
   * menu and clicks the entry. A click that did not take (the panel still sliding, an ajax answer
   * re-rendering the form) is tried again, as a user would; the choice is then checked.
   */
  static void choose(Browser browser, String id, String value) {
    String label =
        String.valueOf(
            browser.executeScript(
                "const o = Array.from(document.getElementById(arguments[0] + '_input').options)"
                    + ".find(x => x.value === arguments[1]); return o ? o.text : null;",
                id,
                value));
    assertThat(label).as("%s offers the value %s", id, value).isNotEqualTo("null");
    for (int attempt = 0; attempt < 3 && !chosen(browser, id, value); attempt++) {
      openAndClick(browser, id, label);
      browser.waitForAjax();
    }
    assertThat(chosen(browser, id, value)).as("%s shows %s", id, label).isTrue();
  }

  /** As {@link #choose}, for the entry whose label starts with {@code labelStart}. */
  static void chooseLabelled(Browser browser, String id, String labelStart) {
    Object value =
        browser.executeScript(
            "const o = Array.from(document.getElementById(arguments[0] + '_input').options)"
                + ".find(x => x.text.startsWith(arguments[1])); return o ? o.value : null;",
            id,
            labelStart);
    assertThat(value).as("%s offers an entry starting with %s", id, labelStart).isNotNull();
    choose(browser, id, String.valueOf(value));
  }

  private static boolean chosen(Browser browser, String id, String value) {
    return Boolean.TRUE.equals(
        browser.executeScript(
            "return document.getElementById(arguments[0] + '_input').value === arguments[1];",
            id,
            value));
  }

  private static boolean panelOpen(Browser browser, String id) {
    return Boolean.TRUE.equals(
        browser.executeScript(
            "const p = document.getElementById(arguments[0] + '_panel');"
                + " return !!p && getComputedStyle(p).display !== 'none';",
            id));
  }

  private static void openAndClick(Browser browser, String id, String label) {
    if (!panelOpen(browser, id)) {
      browser.click(id);
    }
    browser.waitUntil(() -> panelOpen(browser, id));
    for (org.openqa.selenium.WebElement item :
        browser.all("[id='" + id + "_panel'] li.ui-selectonemenu-item")) {
      if (label.equals(item.getAttribute("data-label"))) {
        // the panel slides open: wait until the entry has its height, as a user waits to see it
        browser.waitUntil(
            () ->
                Boolean.TRUE.equals(
                    browser.executeScript(
                        "return arguments[0].getBoundingClientRect().height > 0;", item)));
        try {
          browser.click(item);
        } catch (org.openqa.selenium.ElementNotInteractableException covered) {
          // a long list scrolls inside its panel, where a label of the form below may lie over
          // the entry at the point WebDriver clicks (or the entry is still outside the panel's
          // visible part): send the click event the user's click sends
          browser.executeScript("arguments[0].click();", item);
        }
        return;
      }
    }
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
    // read with the page's address, so that the form's action is absolute
    var form = session.form(path, "records");
    var rows = form.page().select("[id='records:table_data'] > tr");
    int row = 0;
    while (!rows.get(row).text().contains(rowText)) {
      row++;
    }
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
