package de.smartcity.portfolio.it;

import de.smartcity.portfolio.application.ProjectFacts;
import de.smartcity.portfolio.application.ProjectService;
import de.smartcity.portfolio.domain.model.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Plays one of two people editing the same project, each in a transaction of their own, with
 * latches that let a test interleave them exactly.
 */
@ApplicationScoped
public class ConcurrentEditor {

  @Inject ProjectService projects;

  /** Reads the project, says so, waits for the go, then saves a new title and commits. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void rename(long id, String title, CountDownLatch haveRead, CountDownLatch go)
      throws Exception {
    Project project = projects.loadProject(id).orElseThrow();
    long seenVersion = project.getVersion();
    ProjectFacts facts =
        new ProjectFacts(
            title,
            project.getSummary(),
            project.getTheme().getCode(),
            null,
            project.getLeadOrganisation().getShortName(),
            Set.of(),
            null,
            Set.of(),
            null,
            null,
            null);
    haveRead.countDown();
    if (!go.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("test did not let the editor go on");
    }
    projects.describeProject(id, seenVersion, facts);
  }
}
