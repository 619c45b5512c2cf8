package de.smartcity.portfolio.reports.common;

/** Null-tolerant handling of optional free text in report records. */
public final class Texts {

  private Texts() {}

  /** Optional text fields arrive as null from forms that were left empty; print them as empty. */
  public static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
