package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

  @PersistenceContext(unitName = "smartcity")
  private EntityManager entityManager;

  @Override
  public List<Organisation> findAll() {
    return entityManager
        .createQuery("SELECT o FROM Organisation o ORDER BY o.name", Organisation.class)
        .getResultList();
  }

  @Override
  public Optional<Organisation> findByShortName(String shortName) {
    return entityManager
        .createQuery(
            "SELECT o FROM Organisation o WHERE o.shortName = :shortName", Organisation.class)
        .setParameter("shortName", shortName)
        .getResultStream()
        .findFirst();
  }
}
