package de.smartcity.portfolio.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.smartcity.portfolio.reports.callforfunds.CallForFundsPdf;
import de.smartcity.portfolio.reports.callforfunds.CallForFundsReport;
import de.smartcity.portfolio.reports.callforfunds.CallForFundsWorkbook;
import de.smartcity.portfolio.reports.portfolio.PortfolioPdf;
import de.smartcity.portfolio.reports.portfolio.PortfolioReport;
import de.smartcity.portfolio.reports.portfolio.PortfolioWorkbook;
import de.smartcity.portfolio.reports.projectsheet.ProjectSheetPdf;
import de.smartcity.portfolio.reports.projectsheet.ProjectSheetReport;
import de.smartcity.portfolio.reports.proofofuse.ProofOfUsePdf;
import de.smartcity.portfolio.reports.proofofuse.ProofOfUseReport;
import de.smartcity.portfolio.reports.proofofuse.ProofOfUseWorkbook;
import de.smartcity.portfolio.reports.testing.CallForFundsScenario;
import de.smartcity.portfolio.reports.testing.PortfolioScenario;
import de.smartcity.portfolio.reports.testing.Previews;
import de.smartcity.portfolio.reports.testing.ProjectSheetScenario;
import de.smartcity.portfolio.reports.testing.ProofOfUseScenario;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writes every sample report to {@code target/report-previews/} and renders the PDFs to PNG, so a
 * person can look at them; the rendering is skipped where poppler's pdftoppm is not installed.
 */
class ReportPreviewsTest {

  static Stream<Arguments> samples() {
    ProofOfUseReport proof = ProofOfUseScenario.finalProof();
    ProofOfUseReport interim = ProofOfUseScenario.interimProof();
    CallForFundsReport call = CallForFundsScenario.thirdCall();
    PortfolioReport portfolio = PortfolioScenario.portfolio();
    ProjectSheetReport project =
        ProjectSheetScenario.climateNetwork(ProjectSheetScenario.latestReport());
    Locale de = Locale.GERMAN;
    Locale en = Locale.ENGLISH;
    return Stream.of(
        sample(proof.fileName(de, ReportFormat.PDF), new ProofOfUsePdf().render(proof, de)),
        sample(proof.fileName(de, ReportFormat.XLSX), new ProofOfUseWorkbook().render(proof, de)),
        sample(interim.fileName(en, ReportFormat.PDF), new ProofOfUsePdf().render(interim, en)),
        sample(call.fileName(de, ReportFormat.PDF), new CallForFundsPdf().render(call, de)),
        sample(call.fileName(de, ReportFormat.XLSX), new CallForFundsWorkbook().render(call, de)),
        sample(portfolio.fileName(de, ReportFormat.PDF), new PortfolioPdf().render(portfolio, de)),
        sample(
            portfolio.fileName(de, ReportFormat.XLSX),
            new PortfolioWorkbook().render(portfolio, de)),
        sample(project.fileName(de), new ProjectSheetPdf().render(project, de)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void shouldKeepEachSampleForAPersonToReview(String fileName, byte[] bytes) {
    var file = Previews.save(fileName, bytes);
    assumeTrue(fileName.endsWith(".pdf"), "only PDFs are rendered");
    assumeTrue(Previews.canRender(), "pdftoppm is not installed");
    assertThat(Previews.render(file)).isNotEmpty();
  }

  private static Arguments sample(String fileName, byte[] bytes) {
    return Arguments.of(fileName, bytes);
  }
}
