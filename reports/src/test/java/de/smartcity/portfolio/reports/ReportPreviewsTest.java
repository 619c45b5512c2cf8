package de.smartcity.portfolio.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.smartcity.portfolio.reports.proofofuse.ProofOfUsePdf;
import de.smartcity.portfolio.reports.proofofuse.ProofOfUseReport;
import de.smartcity.portfolio.reports.proofofuse.ProofOfUseWorkbook;
import de.smartcity.portfolio.reports.testing.Previews;
import de.smartcity.portfolio.reports.testing.ProofOfUseScenario;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writes every sample report to {@code target/report-previews/} and renders the PDFs to PNG, so a
 * person can look at them; skipped where poppler's pdftoppm is not installed.
 */
class ReportPreviewsTest {

  static Stream<Arguments> samples() {
    ProofOfUseReport proof = ProofOfUseScenario.finalProof();
    ProofOfUseReport interim = ProofOfUseScenario.interimProof();
    return Stream.of(
        sample(
            proof.fileName(Locale.GERMAN, ReportFormat.PDF),
            new ProofOfUsePdf().render(proof, Locale.GERMAN)),
        sample(
            proof.fileName(Locale.GERMAN, ReportFormat.XLSX),
            new ProofOfUseWorkbook().render(proof, Locale.GERMAN)),
        sample(
            interim.fileName(Locale.ENGLISH, ReportFormat.PDF),
            new ProofOfUsePdf().render(interim, Locale.ENGLISH)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void shouldRenderEachSampleForAPersonToReview(String fileName, byte[] bytes) {
    var file = Previews.save(fileName, bytes);
    assumeTrue(fileName.endsWith(".pdf") && Previews.canRender(), "pdftoppm renders PDFs only");
    assertThat(Previews.render(file)).isNotEmpty();
  }

  private static Arguments sample(String fileName, byte[] bytes) {
    return Arguments.of(fileName, bytes);
  }
}
