package de.smartcity.portfolio.it;

import de.smartcity.portfolio.application.BudgetService;
import de.smartcity.portfolio.application.NewProject;
import de.smartcity.portfolio.application.ProjectFacts;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.project.ProjectSummary;
import de.smartcity.portfolio.domain.model.user.Role;
import jakarta.annotation.security.RunAs;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lets client tests write and read a project through the services while they control the server
 * from outside: {@code POST ?code=X} registers a planned project ({@code &manager=<e-mail>} makes
 * that person its manager, so that a browser test can sign in and edit it; {@code &start=&end=}
 * with ISO dates makes it a project in progress over that period), {@code GET ?code=X} answers its
 * title or 404. Added to the web module by {@link Deployments#suite()} only.
 */
@WebServlet(ProjectProbeServlet.PATH)
@RunAs(Role.ADMIN_NAME)
public class ProjectProbeServlet extends HttpServlet {

  static final String PATH = "/it/projects";
  static final String TITLE = "Neustart-Probe";

  @Serial private static final long serialVersionUID = 1L;

  @Inject private transient ProjectService projects;
  @Inject private transient BudgetService budgets;

  /**
   * Registers, from a client test, a project in progress that the demo project manager manages;
   * {@code plan} ("900.00,1200.00") sets its start year's SACH plan line to each amount in turn, or
   * is null.
   */
  static void register(URI root, String code, LocalDate start, LocalDate end, String plan)
      throws Exception {
    HttpResponse<String> created =
        new WebSession(root, "de")
            .send(
                "POST",
                PATH
                    + "?code="
                    + code
                    + "&manager="
                    + As.PM_EMAIL
                    + "&start="
                    + start
                    + "&end="
                    + end
                    + (plan == null ? "" : "&plan=" + plan),
                null,
                Map.of());
    if (created.statusCode() != HttpServletResponse.SC_CREATED) {
      throw new AssertionError("project " + code + " not registered: " + created.statusCode());
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    String manager = request.getParameter("manager");
    String start = request.getParameter("start");
    String end = request.getParameter("end");
    ProjectFacts facts =
        manager == null
            ? ProjectFacts.of(TITLE, "INF", "STADT")
            : new ProjectFacts(
                TITLE,
                null,
                "INF",
                null,
                "STADT",
                Set.of(),
                manager,
                Set.of(),
                start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end),
                null);
    ProjectStatus status = start == null ? ProjectStatus.PLANNED : ProjectStatus.IN_PROGRESS;
    Project project =
        projects.registerProject(new NewProject(request.getParameter("code"), status, facts));
    // "plan=900.00,1200.00": the plan line for the start year's Sachausgaben (SACH), set to each
    // amount in turn, so that the history holds a change of an amount.
    String plan = request.getParameter("plan");
    if (plan != null && start != null) {
      for (String amount : plan.split(",")) {
        BigDecimal planned = new BigDecimal(amount);
        budgets.planCost(
            project.getId(), LocalDate.parse(start).getYear(), "SACH", planned, planned);
      }
    }
    response.setStatus(HttpServletResponse.SC_CREATED);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<ProjectSummary> project = projects.findProject(request.getParameter("code"));
    if (project.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(project.get().title());
  }
}
