package de.smartcity.portfolio.it;

import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.application.UserAdministrationService;
import de.smartcity.portfolio.domain.model.project.Project;
import de.smartcity.portfolio.domain.model.user.Role;
import jakarta.annotation.security.RunAs;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Sets up {@link CostPlanAndKpiIT}'s own project manager and project: {@code POST
 * ?start=&end=&password=} creates an {@code it-} person, a project manager account for them with
 * that first password, and a {@link ProjectScenario} project in progress over that period that they
 * manage; it answers {@code code;username}. Added by {@link Deployments#suite()} only.
 */
@WebServlet(CostPlanProbeServlet.PATH)
@RunAs(Role.ADMIN_NAME)
public class CostPlanProbeServlet extends HttpServlet {

  static final String PATH = "/it/costplan";

  @Serial private static final long serialVersionUID = 1L;

  @Inject private transient ProjectScenario scenario;
  @Inject private transient MasterDataService masterData;
  @Inject private transient UserAdministrationService users;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String username = ProjectScenario.code("cp").toLowerCase(Locale.ROOT);
    String email = username + "@example.org";
    masterData.addPerson("Kostenplan " + username, email, "USB");
    users.createUser(
        username,
        "Kostenplan " + username,
        Set.of(Role.PROJECT_MANAGER),
        email,
        "USB",
        request.getParameter("password"));
    Project project =
        scenario
            .project("CP")
            .titled("Kostenplan und Kennzahlen")
            .running(
                LocalDate.parse(request.getParameter("start")),
                LocalDate.parse(request.getParameter("end")))
            .managedBy(email)
            .register();
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write(project.getCode() + ";" + username);
  }
}
