package de.smartcity.portfolio.it;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.FundingService;
import de.smartcity.portfolio.application.ImportProgress;
import de.smartcity.portfolio.application.ReceiptImportService;
import de.smartcity.portfolio.domain.model.budget.AssignmentKind;
import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.shared.Money;
import de.smartcity.portfolio.it.FundedScenario.GrantAndProject;
import jakarta.annotation.security.RunAs;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * Lets the receipt import's browser journey set up and read back its own records: {@code POST}
 * registers a grant and a project of their own (2024 to 2025, see {@link FundedScenario}) with a
 * cost centre (default category PERS) and a WBS element (INV), imports one line beforehand (a
 * receipt of 500.00 on 10 April 2024, document 5100000, on the cost centre) and answers {@code
 * grantId;projectId;projectCode;costCentre;wbsElement}; {@code GET ?grant=&project=} answers the
 * project's receipt count and sum and the grant's actual and eligible costs as the proof reads
 * them. Added to the web module by {@link Deployments#suite()} only.
 */
@WebServlet(ImportProbeServlet.PATH)
@RunAs(Role.ADMIN_NAME)
public class ImportProbeServlet extends HttpServlet {

  static final String PATH = "/it/imports";

  @Serial private static final long serialVersionUID = 1L;

  @Inject private transient FundedScenario scenario;
  @Inject private transient ReceiptImportService imports;
  @Inject private transient BudgetService budgets;
  @Inject private transient FundingService funding;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    GrantAndProject own =
        scenario.grantWithProject(
            LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), "Belegimport im Browser");
    String costCentre = ProjectScenario.code("KST");
    String wbsElement = ProjectScenario.code("PSP");
    long projectId = own.project().getId();
    imports.addAssignment(projectId, AssignmentKind.COST_CENTRE, costCentre, "PERS");
    imports.addAssignment(projectId, AssignmentKind.WBS_ELEMENT, wbsElement, "INV");
    byte[] before =
        ("Buchungsdatum;Belegnummer;Kreditor;Text;Betrag;Kontierung\r\n"
                + "10.04.2024;5100000;Ruhr Sensorik GmbH;Vorab importiert;500,00;"
                + costCentre
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8);
    try {
      imports.importReceipts("IT-vorab-" + costCentre + ".csv", before, new ImportProgress()).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IOException(e);
    }
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getWriter()
        .write(
            String.join(
                ";",
                String.valueOf(own.grant().getId()),
                String.valueOf(projectId),
                own.project().getCode(),
                costCentre,
                wbsElement));
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long projectId = Long.parseLong(request.getParameter("project"));
    List<Receipt> receipts = budgets.receipts(projectId);
    GrantFigures figures = funding.figures(Long.parseLong(request.getParameter("grant")));
    response.setContentType("text/plain;charset=UTF-8");
    response
        .getWriter()
        .write(
            receipts.size()
                + ";"
                + receipts.stream().map(Receipt::getAmount).collect(Money.sum())
                + ";"
                + figures.actualCosts()
                + ";"
                + figures.eligibleCosts());
  }
}
