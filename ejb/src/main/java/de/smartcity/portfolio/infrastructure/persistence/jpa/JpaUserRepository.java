package de.smartcity.portfolio.infrastructure.persistence.jpa;

import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.model.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository extends JpaRepository implements UserRepository {

  @Override
  public List<UserAccount> findAll() {
    return list("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class);
  }

  @Override
  public Optional<UserAccount> find(long id) {
    return find(UserAccount.class, id);
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return first(
        "SELECT u FROM UserAccount u WHERE u.username = :username",
        UserAccount.class,
        "username",
        UserAccount.normalise(username));
  }

  @Override
  public Optional<Long> findAccessStamp(String username) {
    // One column through the unique index on username; a query, not find(), so it never answers
    // from a cache that another server's change has not reached.
    return first(
        "SELECT u.accessStamp FROM UserAccount u WHERE u.username = :username",
        Long.class,
        "username",
        UserAccount.normalise(username));
  }

  @Override
  public long count() {
    return query("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
  }

  @Override
  public void store(UserAccount user) {
    persist(user);
  }
}
