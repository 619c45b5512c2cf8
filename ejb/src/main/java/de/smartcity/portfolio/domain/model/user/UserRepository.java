package de.smartcity.portfolio.domain.model.user;

import java.util.List;
import java.util.Optional;

/** Where user accounts are kept. */
public interface UserRepository {

  List<UserAccount> findAll();

  Optional<UserAccount> find(long id);

  Optional<UserAccount> findByUsername(String username);

  /** The user's access stamp, read from the database each time; empty for an unknown user. */
  Optional<Long> findAccessStamp(String username);

  long count();

  void store(UserAccount user);
}
