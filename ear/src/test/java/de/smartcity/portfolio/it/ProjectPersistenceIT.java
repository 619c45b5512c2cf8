package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smartcity.portfolio.application.NewProject;
import de.smartcity.portfolio.application.ProjectFacts;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith({ArquillianExtension.class, InServerAsEverything.class})
class ProjectPersistenceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject ProjectService projectService;
  @Inject PersistenceProbe probe;

  @Test
  void shouldUseEclipseLinkAsTheJpaProvider() {
    assertThat(probe.providerEntityManagerClass().getName()).startsWith("org.eclipse.persistence.");
  }

  @Test
  void shouldStoreItsDataInTheDatabaseThisSuiteRunsAgainst() throws Exception {
    // it.db.product is H2 by default and PostgreSQL in the postgresql profile (ear/pom.xml).
    assertThat(probe.databaseProductName()).isEqualTo(System.getProperty("it.db.product"));
  }

  @Test
  void shouldPersistAProjectAndReadItBack() throws Exception {
    String code = uniqueCode();

    projectService.registerProject(
        new NewProject(
            code, ProjectStatus.PLANNED, ProjectFacts.of("Sensorik im Stadtpark", "MOB", "USB")));

    ProjectSummary read = projectService.findProject(code).orElseThrow();
    assertThat(read.id()).isNotNull().isPositive();
    assertThat(read.title()).isEqualTo("Sensorik im Stadtpark");
    assertThat(read.themeName()).isEqualTo("Nachhaltige Mobilität und Umweltschutz");
    assertThat(read.leadOrganisationName()).isEqualTo("USB Umweltservice Bochum");
    assertThat(read.status()).isEqualTo(ProjectStatus.PLANNED);
    assertThat(probe.readColumn("project", "title", "code", code))
        .contains("Sensorik im Stadtpark");
    assertThat(projectService.listProjects()).extracting(ProjectSummary::code).contains(code);
  }

  @Test
  void shouldRefuseASecondProjectWithTheSameCodeAndKeepTheFirst() throws Exception {
    String code = uniqueCode();
    projectService.registerProject(
        new NewProject(
            code, ProjectStatus.IDEA, ProjectFacts.of("Erstes Projekt", "INF", "STADT")));

    assertThatThrownBy(
            () ->
                projectService.registerProject(
                    new NewProject(
                        code,
                        ProjectStatus.IDEA,
                        ProjectFacts.of("Zweites Projekt", "GES", "STW"))))
        .isInstanceOf(BusinessRuleViolation.class)
        .extracting("messageKey")
        .isEqualTo("project.code.taken");
    assertThat(probe.readColumn("project", "title", "code", code)).contains("Erstes Projekt");
  }

  @Test
  void shouldSeedTheDemoPortfolioIntoTheEmptyTestDatabase() throws Exception {
    // auto seeds H2 only; the postgresql profile asks for demo data with SMARTCITY_DEMO_DATA=true.
    assertThat(projectService.findProject("INF-01"))
        .map(ProjectSummary::title)
        .contains("Bochum-App");
  }

  private static String uniqueCode() {
    return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }
}
