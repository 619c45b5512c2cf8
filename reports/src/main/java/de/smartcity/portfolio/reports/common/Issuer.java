package de.smartcity.portfolio.reports.common;

import java.util.Objects;

/**
 * Who issues a document: printed in every page header and in the signature block.
 *
 * @param name the issuing body as it heads the pages, e.g. "Stadt Bochum – Smart City"
 * @param place the place printed before the date of signature, e.g. "Bochum"
 */
public record Issuer(String name, String place) {

  public Issuer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(place, "place");
  }
}
