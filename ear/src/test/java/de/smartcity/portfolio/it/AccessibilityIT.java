package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page of the application meets WCAG 2.1 AA (BITV 2.0) as far as axe-core can tell: no
 * violation of impact serious or critical, in German and in English, and on a tablet's width.
 */
@SameOnEveryDatabase
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

  /** Pages an administrator reaches, by the name their screenshot gets. */
  private static final List<String[]> PAGES =
      List.of(
          new String[] {"portfolio", "/index.xhtml"},
          new String[] {"portfolio-filtered", "/index.xhtml?status=IN_PROGRESS&health=AMBER"},
          new String[] {"grants", "/finance/grants.xhtml"},
          new String[] {"users", "/admin/users.xhtml"},
          new String[] {"project-import", "/admin/project-import.xhtml"},
          new String[] {"password", "/account/password.xhtml"},
          new String[] {"not-found", "/no-such-page.xhtml"});

  private static final List<String> PROJECT_TABS =
      List.of("Überblick", "Meilensteine", "Statusberichte", "Kostenplan", "Belege", "Verlauf");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  @Test
  void everyPageHasNoSeriousOrCriticalViolation() throws Exception {
    try (Browser admin = Browser.start(base.toURI().resolve("/"), "de")) {
      admin.open("/login.xhtml").screenshot("page-login").assertAccessible("sign-in");
      admin.signIn("admin", "admin-demo-2026");
      for (String[] page : PAGES) {
        admin.open(page[1]).screenshot("page-" + page[0]).assertAccessible(page[1]);
      }
      admin.open("/project.xhtml?code=INF-01");
      for (String tab : PROJECT_TABS) {
        admin.click(WorkspaceJourneyIT.tab(admin, tab));
        admin
            .screenshot("page-project-" + tab.toLowerCase())
            .assertAccessible("project tab " + tab);
      }
    }
  }

  @Test
  void theForbiddenPageAndTheEnglishPagesToo() throws Exception {
    try (Browser council = Browser.start(base.toURI().resolve("/"), "en")) {
      council.signIn("council", "council-demo-2026");
      assertThat(council.text("h1")).isEqualTo("Project portfolio");
      council.screenshot("page-portfolio-en").assertAccessible("portfolio in English");
      council.open("/admin/users.xhtml").screenshot("page-forbidden").assertAccessible("forbidden");
      council
          .open("/project.xhtml?code=INF-01")
          .screenshot("page-project-en")
          .assertAccessible("project");
    }
  }

  @Test
  void onATabletTheWorkspaceStillReadsWell() throws Exception {
    try (Browser pm = Browser.start(base.toURI().resolve("/"), "de")) {
      pm.signIn("pm", "pm-demo-2026");
      pm.resize(820, 1180);
      pm.open("/index.xhtml")
          .screenshot("tablet-portfolio")
          .assertAccessible("portfolio on a tablet");
      pm.open("/project.xhtml?code=INF-01")
          .screenshot("tablet-project")
          .assertAccessible("project on a tablet");
      Object overflow =
          pm.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
      assertThat(overflow).as("the page does not scroll sideways on a tablet").isEqualTo(false);
    }
  }

  /** Pages whose look issue 19 changed, and the dashboard with its timeline and charts. */
  private static final List<String[]> LOOK_PAGES =
      List.of(
          new String[] {"dashboard", "/dashboard.xhtml"},
          new String[] {"portfolio-year", "/index.xhtml?year=2025"},
          new String[] {"grants", "/finance/grants.xhtml"},
          new String[] {"users", "/admin/users.xhtml"},
          new String[] {"password", "/account/password.xhtml"},
          new String[] {"project", "/project.xhtml?code=INF-01"});

  @Test
  void everyChangedPageReadsWellAtDesktopAndTabletWidthInGermanAndEnglish() throws Exception {
    for (String language : List.of("de", "en")) {
      try (Browser admin = Browser.start(base.toURI().resolve("/"), language)) {
        // The sign-in page with its notice, as a user sees it after signing out.
        for (int width : new int[] {1400, 820}) {
          admin.resize(width, 1100);
          String name = "look-signin-" + width + "-" + language;
          admin.open("/login.xhtml?signedOut=true").screenshot(name).assertAccessible(name);
        }
        admin.signIn("admin", "admin-demo-2026");
        // The final proof of use of the first demo grant, by the link the grants page offers.
        String proof =
            (String)
                admin
                    .open("/finance/grants.xhtml")
                    .executeScript(
                        "return document.querySelector(\"a[id$='finalProof']\").getAttribute('href');");
        List<String[]> pages = new ArrayList<>(LOOK_PAGES);
        pages.add(new String[] {"proof", proof});
        for (int width : new int[] {1400, 820}) {
          admin.resize(width, 1100);
          for (String[] page : pages) {
            String name = "look-" + page[0] + "-" + width + "-" + language;
            admin.open(page[1]).screenshot(name).assertAccessible(name);
            // An amount cut at its cell's edge ("234.562,1") would be wider than the cell.
            Object cut =
                admin.executeScript(
                    "return [...document.querySelectorAll('td.amount')]"
                        + ".filter(c => c.scrollWidth > c.clientWidth + 1).length;");
            assertThat(((Number) cut).intValue()).as("amounts cut on %s", name).isZero();
          }
        }
      }
    }
  }
}
