package de.smartcity.portfolio.reports;

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
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A tool, not a test: writes every sample report to {@code reports/target/report-previews/} and
 * renders the PDFs to PNG with poppler's {@code pdftoppm} where it is installed, so a person can
 * look at them. Run it in {@code reports/} with {@code ../mvnw -q test-compile exec:java
 * -Dexec.mainClass=de.smartcity.portfolio.reports.ReportPreviews -Dexec.classpathScope=test} (see
 * docs/testing.md); what the reports must contain is asserted by the tests beside each report.
 */
public final class ReportPreviews {

  private ReportPreviews() {}

  public static void main(String[] arguments) {
    ProofOfUseReport proof = ProofOfUseScenario.finalProof();
    ProofOfUseReport interim = ProofOfUseScenario.interimProof();
    CallForFundsReport call = CallForFundsScenario.thirdCall();
    PortfolioReport portfolio = PortfolioScenario.portfolio();
    ProjectSheetReport project =
        ProjectSheetScenario.climateNetwork(ProjectSheetScenario.latestReport());
    Locale de = Locale.GERMAN;
    Locale en = Locale.ENGLISH;
    Map<String, byte[]> samples = new LinkedHashMap<>();
    samples.put(proof.fileName(de, ReportFormat.PDF), new ProofOfUsePdf().render(proof, de));
    samples.put(proof.fileName(de, ReportFormat.XLSX), new ProofOfUseWorkbook().render(proof, de));
    samples.put(interim.fileName(en, ReportFormat.PDF), new ProofOfUsePdf().render(interim, en));
    samples.put(call.fileName(de, ReportFormat.PDF), new CallForFundsPdf().render(call, de));
    samples.put(call.fileName(de, ReportFormat.XLSX), new CallForFundsWorkbook().render(call, de));
    samples.put(portfolio.fileName(de, ReportFormat.PDF), new PortfolioPdf().render(portfolio, de));
    samples.put(
        portfolio.fileName(de, ReportFormat.XLSX), new PortfolioWorkbook().render(portfolio, de));
    samples.put(project.fileName(de), new ProjectSheetPdf().render(project, de));
    boolean render = Previews.canRender();
    samples.forEach(
        (fileName, bytes) -> {
          Path file = Previews.save(fileName, bytes);
          System.out.println(file.toAbsolutePath());
          if (render && fileName.endsWith(".pdf")) {
            Previews.render(file).forEach(png -> System.out.println("  " + png.toAbsolutePath()));
          }
        });
    if (!render) {
      System.out.println("pdftoppm is not installed: the PDFs were not rendered to PNG.");
    }
  }
}
