package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.domain.model.funding.FundingRepository;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.model.user.UserRepository;
import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.callforfunds.CallForFundsPdf;
import de.smartcity.portfolio.reports.callforfunds.CallForFundsReport;
import de.smartcity.portfolio.reports.callforfunds.CallForFundsWorkbook;
import de.smartcity.portfolio.reports.common.Issuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A call's document (Excel and PDF): made once and kept with the call, so that every download
 * serves the same bytes whatever is booked later. It is made when the call is recorded; a call
 * recorded before documents were kept (V16) or written by the demo loader gets it at the next start
 * ({@link KeptCallDocuments}), or at its first download should it still lack one, and keeps it from
 * then on. The document is signed by whoever entered the call.
 */
@ApplicationScoped
class CallForFundsFiles {

  @Inject private FundingRepository funding;
  @Inject private GrantFiguresSource source;
  @Inject private UserRepository users;

  @Inject
  @ConfigProperty(name = "smartcity.issuer.name", defaultValue = "Stadt Bochum")
  String issuerName;

  @Inject
  @ConfigProperty(name = "smartcity.issuer.place", defaultValue = "Bochum")
  String issuerPlace;

  /** Makes both files of a call just recorded and keeps them with it. */
  void freeze(FundsCall call, Locale locale) {
    freeze(call, new GrantState(call.getGrant()), locale);
  }

  /**
   * Keeps the document of every call that has none yet, in the given language.
   *
   * @return how many calls got one
   */
  int keepMissing(Locale locale) {
    List<FundsCall> missing = funding.findCallsWithoutDocument();
    Map<Long, GrantState> states = new HashMap<>();
    for (FundsCall call : missing) {
      GrantState state =
          states.computeIfAbsent(call.getGrant().getId(), id -> new GrantState(call.getGrant()));
      freeze(call, state, locale);
    }
    return missing.size();
  }

  /** The kept file; a call without one gets it now, kept from then on. */
  Download file(FundsCall call, ReportFormat format, Locale locale) {
    if (!call.isFrozen()) {
      freeze(call, locale);
    }
    return format == ReportFormat.XLSX
        ? new Download(call.getXlsxName(), format.mediaType(), call.xlsxContent().orElseThrow())
        : new Download(call.getPdfName(), format.mediaType(), call.pdfContent().orElseThrow());
  }

  private void freeze(FundsCall call, GrantState state, Locale locale) {
    CallForFundsReport report = report(call, state);
    call.freeze(
        report.fileName(locale, ReportFormat.XLSX),
        new CallForFundsWorkbook().render(report, locale),
        report.fileName(locale, ReportFormat.PDF),
        new CallForFundsPdf().render(report, locale));
  }

  private CallForFundsReport report(FundsCall call, GrantState state) {
    int number = 1;
    while (number <= state.calls.size()
        && !state.calls.get(number - 1).getId().equals(call.getId())) {
      number++;
    }
    return CallForFundsAssembler.assemble(
        call,
        number,
        state.figures,
        state.receipts,
        new Issuer(issuerName, issuerPlace),
        signatory(call));
  }

  /** Who entered the call, by name; the issuer for a call from before V16, which names nobody. */
  private String signatory(FundsCall call) {
    String enteredBy = call.getEnteredBy();
    if (enteredBy == null) {
      return issuerName;
    }
    return users.findByUsername(enteredBy).map(UserAccount::getDisplayName).orElse(enteredBy);
  }

  /** What a grant's call documents are made from, read once for all calls of the grant. */
  private final class GrantState {
    private final List<FundsCall> calls;
    private final GrantFigures figures;
    private final List<FundingRepository.ReceiptLine> receipts;

    GrantState(Grant grant) {
      calls = funding.findCalls(grant.getId());
      figures = source.figuresOf(grant);
      receipts = funding.receiptLines(grant.getId());
    }
  }
}
