package de.smartcity.portfolio.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * The layers as the README draws them, checked on the compiled main classes of every module this
 * module sees (web, ejb, reports): a class that reaches where its layer must not fails the build.
 */
@AnalyzeClasses(
    packages = "de.smartcity.portfolio",
    importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

  private static final String DOMAIN = "de.smartcity.portfolio.domain..";
  private static final String APPLICATION = "de.smartcity.portfolio.application..";
  private static final String INFRASTRUCTURE = "de.smartcity.portfolio.infrastructure..";
  private static final String INTERFACES = "de.smartcity.portfolio.interfaces..";
  private static final String REPORTS = "de.smartcity.portfolio.reports..";

  @ArchTest
  static final ArchRule domainKnowsNoOuterLayerNorFaces =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(APPLICATION, INFRASTRUCTURE, INTERFACES, "jakarta.faces.."))
          .because("the domain holds the rules and needs nothing of who calls or stores it");

  @ArchTest
  static final ArchRule applicationUsesNoInfrastructure =
      noClasses()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .dependOnClassesThat(resideInAPackage(INFRASTRUCTURE))
          .because("services reach storage through the domain's repository interfaces");

  @ArchTest
  static final ArchRule webUsesServicesOnly =
      noClasses()
          .that()
          .resideInAPackage(INTERFACES)
          .should()
          .dependOnClassesThat(
              resideInAPackage(INFRASTRUCTURE)
                  .or(belongToAnyOf(EntityManager.class, EntityManagerFactory.class)))
          .because("pages talk to services, never to an EntityManager");

  @ArchTest
  static final ArchRule reportsKnowNothingOfTheApplication =
      noClasses()
          .that()
          .resideInAPackage(REPORTS)
          .should()
          .dependOnClassesThat(
              resideInAPackage("de.smartcity.portfolio..")
                  .and(not(resideInAPackage(REPORTS)))
                  .or(resideInAnyPackage("jakarta.persistence..", "jakarta.ejb..")))
          .because("reports turn report records into files and know nothing of ejb");
}
