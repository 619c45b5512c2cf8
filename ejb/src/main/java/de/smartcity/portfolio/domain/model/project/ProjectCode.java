package de.smartcity.portfolio.domain.model.project;

/** The rules for a project's code, such as {@code INF-01}: shared by the entity and its forms. */
public final class ProjectCode {

  /** Upper-case letters and digits in groups joined by hyphens, 2 to 20 characters. */
  public static final String PATTERN = "[A-Z0-9]+(-[A-Z0-9]+)*";

  private ProjectCode() {}

  /** Trims and upper-cases what a user typed, so that " inf-01 " and "INF-01" are one code. */
  public static String normalise(String typed) {
    return typed == null ? null : typed.strip().toUpperCase(java.util.Locale.ROOT);
  }
}
