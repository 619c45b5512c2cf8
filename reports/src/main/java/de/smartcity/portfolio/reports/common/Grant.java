package de.smartcity.portfolio.reports.common;

import java.util.Objects;

/**
 * Which grant a finance document is about, as the funding body files it.
 *
 * @param programme e.g. "Modellprojekte Smart Cities (KfW 436)"
 * @param recipient the grant recipient, e.g. "Stadt Bochum"
 * @param measure the funded measure's title
 * @param reference the reference the funding body files the grant under
 */
public record Grant(String programme, String recipient, String measure, String reference) {

  public Grant {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(reference, "reference");
  }
}
