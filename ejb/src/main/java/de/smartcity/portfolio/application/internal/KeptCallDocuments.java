package de.smartcity.portfolio.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Gives every call for funds without a kept document its document: calls recorded before documents
 * were kept (V16) and the demo data's calls, which the loader writes without one. From then on each
 * such call serves the same bytes, as a call recorded on the page does. Run at start, in its own
 * transaction, by the server's start-up ({@code CallDocumentsAtStart}); no page calls it.
 */
@Stateless
@PermitAll
public class KeptCallDocuments {

  @Inject private CallForFundsFiles files;

  /**
   * @param locale the documents' language
   * @return how many calls got their document
   */
  public int keepMissing(Locale locale) {
    return files.keepMissing(locale);
  }
}
