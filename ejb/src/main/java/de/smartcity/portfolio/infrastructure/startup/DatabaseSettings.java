package de.smartcity.portfolio.infrastructure.startup;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The database settings the server was started with ({@code SMARTCITY_DB_DRIVER}, {@code
 * SMARTCITY_DB_URL}, {@code SMARTCITY_DB_USER}), so that a failure can say what to check. The
 * password is never part of it, not even where a URL carries one.
 */
record DatabaseSettings(Optional<String> driver, Optional<String> url, Optional<String> user) {

  private static final String NOT_SET = "(not set)";
  private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

  /** One log line: why the database cannot be reached and which settings to check. */
  String unreachable(Throwable failure) {
    return ("Cannot connect to the database (%s), so the application does not start."
            + " Check SMARTCITY_DB_URL=%s, SMARTCITY_DB_USER=%s, SMARTCITY_DB_DRIVER=%s and"
            + " SMARTCITY_DB_PASSWORD, and that the database server is running and reachable"
            + " from this host.")
        .formatted(
            causes(failure),
            url.map(DatabaseSettings::withoutPassword).orElse(NOT_SET),
            user.orElse(NOT_SET),
            driver.orElse(NOT_SET));
  }

  static String withoutPassword(String url) {
    return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
  }

  /** The messages along the cause chain, each once: wrappers say little, the driver says where. */
  private static String causes(Throwable failure) {
    Set<String> messages = new LinkedHashSet<>();
    // Bounded, because nothing stops a cause chain from running in a circle.
    for (Throwable cause = failure; cause != null && messages.size() < 10; ) {
      messages.add(
          Objects.requireNonNullElse(cause.getMessage(), cause.getClass().getName())
              .replaceAll("\\s+", " ")
              .strip());
      cause = cause.getCause();
    }
    return String.join(": ", messages);
  }
}
