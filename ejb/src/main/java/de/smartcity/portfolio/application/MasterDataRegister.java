package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.model.theme.FieldOfAction;
import de.smartcity.portfolio.domain.model.theme.StrategicTheme;
import java.util.List;

/**
 * All master data as administrators keep it, retired records included, each list in the order the
 * choices show it; people come with the user account each is linked to, if any.
 */
public record MasterDataRegister(
    List<StrategicTheme> themes,
    List<FieldOfAction> fieldsOfAction,
    List<Organisation> organisations,
    List<Person> people,
    List<CostCategory> costCategories,
    java.util.Map<Long, String> usernamesByPerson) {}
