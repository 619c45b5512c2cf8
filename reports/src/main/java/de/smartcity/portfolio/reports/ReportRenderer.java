package de.smartcity.portfolio.reports;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Turns one report record into a file.
 *
 * <p>Implementations keep no state between calls, so one instance may serve all requests.
 *
 * @param <R> the report record
 */
public interface ReportRenderer<R> {

  ReportFormat format();

  /**
   * Writes the report to {@code out}, which stays open; a download can stream straight into the
   * response.
   *
   * @throws java.io.UncheckedIOException when {@code out} fails
   */
  void write(R report, Locale locale, OutputStream out);

  default byte[] render(R report, Locale locale) {
    var out = new ByteArrayOutputStream();
    write(report, locale, out);
    return out.toByteArray();
  }
}
