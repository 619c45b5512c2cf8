package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first class of the suite ({@link SuiteOrder}): takes the demo data's checksum right after the
 * application was first deployed, which {@link DemoDataUntouchedIT} compares at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoDataBaselineIT {

  /** The checksum per table at the start of the suite; null until this class ran. */
  static Map<String, String> baseline;

  // Testable (the class still runs as a client): the deployment it makes is the one kept for the
  // whole suite (SharedDeployment), and in-server classes need Arquillian's runner in it.
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  @Test
  void shouldTakeTheDemoDataChecksumBeforeAnyOtherTest() throws Exception {
    Map<String, String> checksum = DemoDataUntouchedIT.checksum(base);
    // Counts as DemoDataIT knows them: more than 110 projects, more than 4,000 receipts.
    assertThat(DemoDataUntouchedIT.rows(checksum, "PROJECT")).isGreaterThanOrEqualTo(110);
    assertThat(DemoDataUntouchedIT.rows(checksum, "RECEIPT")).isGreaterThan(4000);
    baseline = checksum;
  }
}
