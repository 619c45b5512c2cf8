package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.domain.model.budget.BudgetRepository;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.funding.FundingRepository;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.OrganisationRepository;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectRepository;
import de.smartcity.portfolio.domain.model.theme.FieldOfAction;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import de.smartcity.portfolio.domain.model.theme.StrategicThemeRepository;
import de.smartcity.portfolio.domain.shared.AbstractEntity;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Turns the codes, short names and e-mail addresses a request names into records, and refuses a
 * request that names one that does not exist, with a message that says which.
 */
@ApplicationScoped
class References {

  @Inject private StrategicThemeRepository themes;
  @Inject private OrganisationRepository organisations;
  @Inject private ProjectRepository projects;
  @Inject private BudgetRepository budgets;
  @Inject private FundingRepository funding;

  StrategicTheme theme(String code) {
    return themes
        .findByCode(code)
        .orElseThrow(() -> new BusinessRuleViolation("theme.unknown", "theme", code));
  }

  /** The field of action, or {@code null} when none is named. */
  FieldOfAction fieldOrNone(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return themes
        .findFieldByCode(code)
        .orElseThrow(() -> new BusinessRuleViolation("field.unknown", "fieldOfAction", code));
  }

  Organisation organisation(String shortName, String field) {
    return organisations
        .findByShortName(shortName)
        .orElseThrow(() -> new BusinessRuleViolation("organisation.unknown", field, shortName));
  }

  List<Organisation> organisations(Collection<String> shortNames, String field) {
    return shortNames.stream().map(name -> organisation(name, field)).toList();
  }

  /** The person, or {@code null} when no e-mail address is given. */
  Person personOrNone(String email, String field) {
    if (email == null || email.isBlank()) {
      return null;
    }
    return organisations
        .findPersonByEmail(email)
        .orElseThrow(() -> new BusinessRuleViolation("person.unknown", field, email));
  }

  List<Person> people(Collection<String> emails, String field) {
    return emails.stream().map(email -> personOrNone(email, field)).toList();
  }

  /** The grant, or {@code null} when no reference is given. */
  Grant grantOrNone(String reference) {
    if (reference == null || reference.isBlank()) {
      return null;
    }
    return grant(reference);
  }

  Grant grant(String reference) {
    return funding
        .findGrantByReference(reference)
        .orElseThrow(() -> new BusinessRuleViolation("grant.unknown", "grant", reference));
  }

  Grant grant(long id) {
    return funding
        .findGrant(id)
        .orElseThrow(() -> new BusinessRuleViolation("record.not.found", null, id));
  }

  CostCategory category(String code) {
    return budgets
        .findCategoryByCode(code)
        .orElseThrow(() -> new BusinessRuleViolation("costcategory.unknown", "category", code));
  }

  /**
   * The record as it is stored now, refused when it no longer exists or when the user saw an older
   * version of it.
   */
  static <T extends AbstractEntity> T current(Optional<T> stored, long id, long seenVersion) {
    T record = stored.orElseThrow(() -> new BusinessRuleViolation("record.not.found", null, id));
    record.requireVersion(seenVersion);
    return record;
  }

  Project project(long id) {
    return projects
        .find(id)
        .orElseThrow(() -> new BusinessRuleViolation("record.not.found", null, id));
  }
}
