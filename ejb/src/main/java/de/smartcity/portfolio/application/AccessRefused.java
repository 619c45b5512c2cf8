package de.smartcity.portfolio.application;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;
import java.io.Serial;

/**
 * The caller's role allows the operation in general, but not on this record, such as a project
 * manager changing someone else's project. Like a role refusal it is an access error; as an
 * application exception it rolls back without filling the log with stack traces.
 */
@ApplicationException(rollback = true)
public class AccessRefused extends EJBAccessException {

  @Serial private static final long serialVersionUID = 1L;

  public AccessRefused(String reason) {
    super(reason);
  }
}
