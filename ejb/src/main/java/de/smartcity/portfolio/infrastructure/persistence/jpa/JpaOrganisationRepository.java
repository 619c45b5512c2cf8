package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.OrganisationRepository;
import de.smartcity.portfolio.domain.model.organisation.Person;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganisationRepository extends JpaRepository implements OrganisationRepository {

  @Override
  public List<Organisation> findAll() {
    return list("SELECT o FROM Organisation o ORDER BY o.name", Organisation.class);
  }

  @Override
  public Optional<Organisation> findByShortName(String shortName) {
    return first(
        "SELECT o FROM Organisation o WHERE o.shortName = :shortName",
        Organisation.class,
        "shortName",
        shortName);
  }

  @Override
  public void store(Organisation organisation) {
    persist(organisation);
  }

  @Override
  public List<Person> findAllPeople() {
    return list("SELECT p FROM Person p JOIN FETCH p.organisation ORDER BY p.name", Person.class);
  }

  @Override
  public Optional<Person> findPersonByEmail(String email) {
    return first(
        "SELECT p FROM Person p WHERE p.email = :email",
        Person.class,
        "email",
        Person.normaliseEmail(email));
  }

  @Override
  public Optional<Person> findPerson(long id) {
    return find(Person.class, id);
  }

  @Override
  public void store(Person person) {
    persist(person);
  }
}
