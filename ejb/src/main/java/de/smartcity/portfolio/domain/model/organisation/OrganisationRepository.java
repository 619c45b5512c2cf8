package de.smartcity.portfolio.domain.model.organisation;

import java.util.List;
import java.util.Optional;

/** Where organisations and the people who work for them are kept. */
public interface OrganisationRepository {

  List<Organisation> findAll();

  Optional<Organisation> findByShortName(String shortName);

  void store(Organisation organisation);

  List<Person> findAllPeople();

  Optional<Person> findPersonByEmail(String email);

  Optional<Person> findPerson(long id);

  void store(Person person);
}
