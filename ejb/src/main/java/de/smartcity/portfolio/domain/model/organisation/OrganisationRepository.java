package de.smartcity.portfolio.domain.model.organisation;

import java.util.List;
import java.util.Optional;

/** Where organisations are kept. */
public interface OrganisationRepository {

  List<Organisation> findAll();

  Optional<Organisation> findByShortName(String shortName);
}
