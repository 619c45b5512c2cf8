package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URL;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The portfolio's money columns sort as the others do, by the database's figures over every project
 * the filter finds (not only the page shown): a council member shows the planned costs with the
 * column chooser and clicks its header once (ascending) and again (descending).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortfolioMoneySortIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  @Test
  void thePlannedCostsColumnSortsEveryProjectUpAndDown() throws Exception {
    try (Browser council = Browser.start(base.toURI().resolve("/"), "de")) {
      council.signIn("council", "council-demo-2026").open("/");
      council.click("portfolio:columns");
      WebElement planned =
          council.all(".ui-columntoggler li").stream()
              .filter(item -> item.getText().strip().equals("Plankosten"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no Plankosten in the column chooser"));
      council.click(planned.findElement(By.cssSelector(".ui-chkbox-box")));
      council.executeScript("document.body.click();");

      council.click("portfolio:projects:colPlanned");
      List<BigDecimal> ascending = plannedShown(council);
      council.screenshot("portfolio-planned-ascending");
      assertThat(ascending).hasSize(25).isSortedAccordingTo(Comparator.naturalOrder());

      council.click("portfolio:projects:colPlanned");
      List<BigDecimal> descending = plannedShown(council);
      council.screenshot("portfolio-planned-descending");
      assertThat(descending).hasSize(25).isSortedAccordingTo(Comparator.reverseOrder());
      // The largest plan of the whole portfolio heads the descending order: above every amount
      // the ascending first page showed, and the demo projects plan millions.
      assertThat(descending.get(0)).isGreaterThan(new BigDecimal("100000"));
      assertThat(descending.get(0)).isGreaterThanOrEqualTo(ascending.get(ascending.size() - 1));
    }
  }

  /** The planned costs of the rows shown, in euros ("1.234.567,89 €": the digits are cents). */
  private static List<BigDecimal> plannedShown(Browser browser) {
    return browser.all("[id='portfolio:projects_data'] tr td.amount").stream()
        .filter(WebElement::isDisplayed)
        .map(cell -> cell.getText().replaceAll("[^0-9]", ""))
        .map(digits -> digits.isEmpty() ? BigDecimal.ZERO : new BigDecimal(digits).movePointLeft(2))
        .toList();
  }
}
