package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

/**
 * The browser half of {@link GrantWorkbenchIT}: a finance officer registers a grant from its
 * notice, assigns two projects and enters a change notice; a council member reads the page in
 * English and finds nothing to edit; a project manager is refused. Kept apart from the test class,
 * whose other tests run inside the server, where Selenium is not.
 */
final class GrantJourney {

  private GrantJourney() {}

  /**
   * @param root the application's address
   * @param first the code of a project of a test grant of its own, planning 1,000.00 Sachausgaben
   * @param second another such project
   */
  static void run(URI root, String first, String second) throws Exception {
    String reference = ProjectScenario.code("GWB");
    String grantPath;
    try (Browser finance = Browser.start(root, "de")) {
      finance.signIn("finance", "finance-demo-2026").open("/finance/grants.xhtml");
      finance.clickToLoad("grants:registerGrant");
      finance.screenshot("grant-01-register").assertAccessible("grant registration (de)");

      finance.type("register:reference", reference);
      finance.typeDate("register:commitmentDate", "01.03.2024");
      finance.typeDate("register:fundingStart", "01.01.2024");
      finance.typeDate("register:fundingEnd", "31.12.2027");
      amount(finance, "register:approvedEligibleCosts", "10000");
      finance.type("register:noticeReference", reference);
      String[][] plan = {{"4000", "4000"}, {"4000", "3500"}, {"4000", "2500"}};
      for (int i = 0; i < plan.length; i++) {
        amount(finance, "register:planRows:" + i + ":planTotal", plan[i][0]);
        amount(finance, "register:planRows:" + i + ":planEligible", plan[i][1]);
      }
      amount(finance, "register:thisGrant", "6500");
      // 5,000 own share + 6,500 grant = 11,500 against 12,000 expenditure: refused, nothing stored
      amount(finance, "register:ownShare", "5000");
      finance.click("register:registerGrant");
      finance.screenshot("grant-02-unbalanced");
      assertThat(finance.pageText().replace('\u00a0', ' ')).contains("nicht ausgeglichen");
      assertThat(finance.currentUrl()).doesNotContain("id=");

      amount(finance, "register:ownShare", "5500");
      finance.clickToLoad("register:registerGrant");
      assertThat(finance.currentUrl()).contains("grant.xhtml?id=");
      grantPath = finance.currentUrl().substring(finance.currentUrl().indexOf("/finance/"));
      finance.screenshot("grant-03-overview").assertAccessible("grant page (de)");
      // 65 % of 10,000.00
      assertThat(plain(finance, "[id='eligibleCosts']")).isEqualTo("10.000,00 €");
      assertThat(plain(finance, "[id='grantAmount']")).isEqualTo("6.500,00 €");
      // the dates as typed into the register form
      assertThat(plain(finance, "dl.facts")).contains("01.03.2024", "01.01.2024 – 31.12.2027");

      openTab(finance, "projectsTab");
      for (String code : List.of(first, second)) {
        choose(finance, "tabs:projects:projectToAssign", code);
        finance.click("tabs:projects:assignProject");
      }
      finance.screenshot("grant-04-projects");
      assertThat(plain(finance, "[id='tabs:projects:assigned']")).contains(first, second);
      // each probe project plans 1,000.00 Sachausgaben: 2,000.00 against 4,000.00 approved
      assertThat(plain(finance, "[id='tabs:projects:comparison']")).doesNotContain("mehr");

      openTab(finance, "noticesTab");
      finance.click("tabs:notices:startNotice");
      finance.typeDate("tabs:notices:noticeDate", "01.06.2025");
      finance.type("tabs:notices:noticeReference", reference + "-AEND-1");
      // SACH cut to 1,500/1,500: 9,500.00 in total, so the own share must become 3,000.00;
      // first left at 5,500.00: refused
      amount(finance, "tabs:notices:planRows:1:planTotal", "1500");
      amount(finance, "tabs:notices:planRows:1:planEligible", "1500");
      finance.click("tabs:notices:saveNotice");
      assertThat(finance.pageText().replace('\u00a0', ' ')).contains("nicht ausgeglichen");
      amount(finance, "tabs:notices:ownShare", "3000");
      finance.click("tabs:notices:saveNotice");
      finance.screenshot("grant-05-notices");
      assertThat(plain(finance, "[id='tabs:notices']"))
          .contains("Änderungsbescheid: 01.06.2025", "12.000,00 €", "9.500,00 €");

      openTab(finance, "projectsTab");
      // the projects plan 2,000.00 Sachausgaben, the change notice allows 1,500.00
      assertThat(plain(finance, "[id='tabs:projects:comparison']"))
          .contains("Die Projekte planen 500,00 € mehr");
      finance.screenshot("grant-06-flag");
    }
    try (Browser council = Browser.start(root, "en")) {
      council.signIn("council", "council-demo-2026").open(grantPath);
      council.screenshot("grant-07-council-en").assertAccessible("grant page (en)");
      assertThat(plain(council, "h1")).isEqualTo(reference);
      assertThat(council.exists("tabs:overview:editTerms")).isFalse();
      assertThat(council.exists("tabs:notices:startNotice")).isFalse();
      assertThat(council.exists("tabs:projects:assignProject")).isFalse();
      assertThat(council.all("button").stream().map(b -> b.getText())).doesNotContain("Remove");
      council.open("/finance/grant.xhtml");
      assertThat(council.exists("register:registerGrant")).isFalse();
    }
    try (Browser manager = Browser.start(root, "en")) {
      manager.signIn("pm", "pm-demo-2026").open(grantPath);
      assertThat(manager.exists("tabs")).isFalse();
      assertThat(manager.exists("tabs:overview")).isFalse();
    }
  }

  /** The text of an element, with the no-break space before "€" as a plain space. */
  private static String plain(Browser browser, String css) {
    return browser.text(css).replace('\u00a0', ' ');
  }

  /**
   * Enters an amount through the input's own widget, which keeps its display and the value it
   * submits in step (typed keys reach only the display in headless Chromium).
   */
  private static void amount(Browser browser, String id, String value) {
    browser.executeScript(
        "var w = PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(arguments[0]) : null;"
            + " if (w && w.setValue) { w.setValue(arguments[1]); } else {"
            + " document.getElementById(arguments[0] + '_hinput').value = arguments[1];"
            + " document.getElementById(arguments[0] + '_input').value = arguments[1]; }",
        id,
        value);
  }

  private static void choose(Browser browser, String selectId, String textStart) {
    browser.executeScript(
        "var s = document.getElementById(arguments[0]);"
            + "for (var i = 0; i < s.options.length; i++) {"
            + "  if (s.options[i].text.indexOf(arguments[1]) === 0) { s.selectedIndex = i; } }",
        selectId + "_input",
        textStart);
  }

  private static void openTab(Browser browser, String tabId) {
    browser.click(browser.all("a[href='#tabs:" + tabId + "']").get(0));
  }
}
