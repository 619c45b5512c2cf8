package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.smartcity.portfolio.application.NewProject;
import de.smartcity.portfolio.application.ProjectFacts;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two people save the same project at the same time: the second save loses, visibly. */
@ExtendWith({ArquillianExtension.class, InServerAsEverything.class})
class ConcurrentEditIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @Inject ProjectService projects;
  @Inject ConcurrentEditor editor;
  @Inject PersistenceProbe probe;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Test
  void shouldRefuseTheSecondOfTwoConcurrentSavesAndKeepTheFirst() throws Exception {
    String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    long id =
        projects
            .registerProject(
                new NewProject(
                    code, ProjectStatus.PLANNED, ProjectFacts.of("Original", "INF", "STADT")))
            .getId();
    CountDownLatch aRead = new CountDownLatch(1);
    CountDownLatch bRead = new CountDownLatch(1);
    CountDownLatch aGo = new CountDownLatch(1);
    CountDownLatch bGo = new CountDownLatch(1);

    Future<?> first = executor.submit(() -> rename(id, "Titel von A", aRead, aGo));
    Future<?> second = executor.submit(() -> rename(id, "Titel von B", bRead, bGo));
    assertThat(aRead.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(bRead.await(30, TimeUnit.SECONDS)).isTrue();
    // Both transactions have read the same version; A saves and commits first.
    aGo.countDown();
    first.get(30, TimeUnit.SECONDS);
    bGo.countDown();

    Throwable refusal = null;
    try {
      second.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      refusal = e.getCause();
    }
    assertThat(refusal)
        .isInstanceOf(BusinessRuleViolation.class)
        .hasFieldOrPropertyWithValue("messageKey", "record.modified.concurrently");
    assertThat(probe.readColumn("project", "title", "code", code)).contains("Titel von A");
  }

  private Void rename(long id, String title, CountDownLatch read, CountDownLatch go) {
    try {
      return As.everything(
          () -> {
            editor.rename(id, title, read, go);
            return null;
          });
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
