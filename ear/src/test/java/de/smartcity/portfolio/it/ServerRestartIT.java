package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stops and starts the server, which Arquillian allows only for a container in manual mode. The
 * build therefore runs the {@code *RestartIT} classes in a failsafe execution of their own that
 * switches the container to manual mode ({@code arq.container.wildfly.mode}, see ear/pom.xml).
 * There the server starts with the production default {@code smartcity.demo-data=auto} and, on
 * PostgreSQL, an empty schema of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerRestartIT {

  private static final String SERVER = "wildfly";
  private static final String APPLICATION = "restartable";

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource ContainerController server;
  @ArquillianResource Deployer deployer;

  @Deployment(name = APPLICATION, managed = false, testable = false)
  @TargetsContainer(SERVER)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Test
  void shouldKeepAProjectRegisteredBeforeARestart() throws Exception {
    String code = "IT-RS-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    server.start(SERVER);
    deployer.deploy(APPLICATION);
    try {
      assertThat(send(probe(code).POST(HttpRequest.BodyPublishers.noBody())).statusCode())
          .isEqualTo(201);

      server.stop(SERVER);
      server.start(SERVER); // the server deploys the application again by itself

      HttpResponse<String> read = send(probe(code).GET());
      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(read.body()).isEqualTo(ProjectProbeServlet.TITLE);
      boolean embedded = "H2".equals(System.getProperty("it.db.product"));
      assertThat(send(probe("INF-01").GET()).statusCode())
          .as("demo data with smartcity.demo-data=auto: on the embedded H2 database only")
          .isEqualTo(embedded ? 200 : 404);
      assertThat(signsIn("council", "council-demo-2026"))
          .as("the demo users, whose passwords are published, exist with the demo data only")
          .isEqualTo(embedded);
    } finally {
      deployer.undeploy(APPLICATION);
      server.stop(SERVER);
    }
  }

  private static boolean signsIn(String username, String password) throws Exception {
    int port = 8080 + Integer.getInteger("it.port.offset", 0);
    WebSession session = new WebSession(URI.create("http://127.0.0.1:%d/".formatted(port)), "en");
    // Signed in, the page the sign-in leads to names the user in its header (as in SecurityIT).
    HttpResponse<String> page = session.signIn(username, password);
    return Jsoup.parse(page.body()).select(".app-user-name").text().equals(username);
  }

  private static HttpRequest.Builder probe(String code) {
    int port = 8080 + Integer.getInteger("it.port.offset", 0);
    return HttpRequest.newBuilder(
        URI.create(
            "http://127.0.0.1:%d%s?code=%s".formatted(port, ProjectProbeServlet.PATH, code)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
