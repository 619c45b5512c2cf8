package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.application.Download;
import de.smartcity.portfolio.domain.model.funding.FundingRepository;
import de.smartcity.portfolio.domain.model.funding.FundsCall;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.reports.ReportFormat;
import de.smartcity.portfolio.reports.ReportRenderer;
import de.smartcity.portfolio.reports.callforfunds.CallForFundsPdf;
import de.smartcity.portfolio.reports.callforfunds.CallForFundsReport;
import de.smartcity.portfolio.reports.callforfunds.CallForFundsWorkbook;
import de.smartcity.portfolio.reports.common.Issuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A call's document (Excel and PDF): made once when the call is recorded and kept with it, so that
 * every download serves the same bytes whatever is booked later; made from the current figures only
 * for calls recorded before documents were kept (V16).
 */
@ApplicationScoped
class CallForFundsFiles {

  @Inject private FundingRepository funding;
  @Inject private GrantFiguresSource source;
  @Inject private Caller caller;

  @Inject
  @ConfigProperty(name = "smartcity.issuer.name", defaultValue = "Stadt Bochum")
  String issuerName;

  @Inject
  @ConfigProperty(name = "smartcity.issuer.place", defaultValue = "Bochum")
  String issuerPlace;

  /** Makes both files of a call just recorded and keeps them with it. */
  void freeze(FundsCall call, Locale locale) {
    CallForFundsReport report = report(call);
    call.freeze(
        report.fileName(locale, ReportFormat.XLSX),
        new CallForFundsWorkbook().render(report, locale),
        report.fileName(locale, ReportFormat.PDF),
        new CallForFundsPdf().render(report, locale));
  }

  /** The kept file; for a call from before V16 the file as the figures stand today. */
  Download file(FundsCall call, ReportFormat format, Locale locale) {
    if (call.isFrozen()) {
      return format == ReportFormat.XLSX
          ? new Download(call.getXlsxName(), format.mediaType(), call.xlsxContent().orElseThrow())
          : new Download(call.getPdfName(), format.mediaType(), call.pdfContent().orElseThrow());
    }
    CallForFundsReport report = report(call);
    ReportRenderer<CallForFundsReport> renderer =
        format == ReportFormat.XLSX ? new CallForFundsWorkbook() : new CallForFundsPdf();
    return new Download(
        report.fileName(locale, format), format.mediaType(), renderer.render(report, locale));
  }

  private CallForFundsReport report(FundsCall call) {
    long grantId = call.getGrant().getId();
    List<FundsCall> calls = funding.findCalls(grantId);
    int number = 1;
    while (number <= calls.size() && !calls.get(number - 1).getId().equals(call.getId())) {
      number++;
    }
    return CallForFundsAssembler.assemble(
        call,
        number,
        source.figuresOf(call.getGrant()),
        funding.receiptLines(grantId),
        new Issuer(issuerName, issuerPlace),
        caller.account().map(UserAccount::getDisplayName).orElse(caller.name()));
  }
}
