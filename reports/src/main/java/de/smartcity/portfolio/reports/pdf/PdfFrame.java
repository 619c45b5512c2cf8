package de.smartcity.portfolio.reports.pdf;

import de.smartcity.portfolio.reports.common.Issuer;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What surrounds the content of every page: the issuer's header, the document title, the date of
 * issue and the page numbers in the footer.
 *
 * @param landscape A4 landscape for wide tables, portrait otherwise
 */
public record PdfFrame(
    ReportTexts texts, Issuer issuer, String title, LocalDate issuedOn, boolean landscape) {

  public PdfFrame {
    Objects.requireNonNull(texts, "texts");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(issuedOn, "issuedOn");
  }
}
