package de.smartcity.portfolio.infrastructure.persistence.audit;

import jakarta.enterprise.inject.spi.CDI;
import java.security.Principal;
import java.util.function.Supplier;

/**
 * Who the audit trail names for a change: the signed-in caller, or the name of a job of the system
 * (such as loading demo data) while that job runs.
 */
public final class AuditUser {

  private static final ThreadLocal<String> SYSTEM_JOB = new ThreadLocal<>();

  private AuditUser() {}

  /** Runs work on behalf of a system job; changes written meanwhile are recorded under its name. */
  public static <T> T runAs(String jobName, Supplier<T> work) {
    String previous = SYSTEM_JOB.get();
    SYSTEM_JOB.set(jobName);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        SYSTEM_JOB.remove();
      } else {
        SYSTEM_JOB.set(previous);
      }
    }
  }

  static String current() {
    String job = SYSTEM_JOB.get();
    if (job != null) {
      return job;
    }
    Principal caller = CDI.current().select(Principal.class).get();
    return caller == null ? "anonymous" : caller.getName();
  }
}
