package de.smartcity.portfolio.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Node;

/**
 * Deploys the suite's archive once and keeps it deployed from class to class, instead of
 * Arquillian's deploy and undeploy around every test class: the application's start (JPA, CDI, JSF,
 * the demo data check) took about ten seconds a class, several minutes a suite.
 *
 * <p>A class whose managed deployment is the suite's archive ({@link Deployments#suite()}, marked
 * as such) is handed the kept deployment's address; another archive, or the suite's archive of an
 * earlier build, replaces it, and a deployment that is not the suite's or not managed (the restart
 * test and the benchmark deploy their own) passes through untouched. Before the server stops, the
 * kept deployment is undeployed, so that the next start of the same server (the restart tests) does
 * not find it.
 *
 * <p>Keeping the deployment means classes share the application's memory as they share its
 * database: what a class may rely on is what a user's second browser tab may, and the random class
 * order ({@link SuiteOrder}) shows any class that leans on another.
 */
public final class SharedDeployment implements LoadableExtension {

  private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Keeper.class);
  }

  /** What is deployed now and may serve the next class. */
  private record Kept(
      String mark,
      boolean testable,
      Archive<?> deployed,
      DeployableContainer<?> container,
      ProtocolMetaData metaData) {

    boolean serves(String otherMark, boolean needsTestable, DeployableContainer<?> other) {
      // A testable deployment is the archive plus Arquillian's test runner, so it also serves a
      // class that only calls the application from outside.
      return mark.equals(otherMark) && container == other && (testable || !needsTestable);
    }
  }

  /** The observer Arquillian calls around every deployment of the suite. */
  public static final class Keeper {

    private static Kept kept;

    @Inject @DeploymentScoped private InstanceProducer<DeploymentDescription> description;

    @Inject @DeploymentScoped private InstanceProducer<Deployment> deployment;

    @Inject @DeploymentScoped private InstanceProducer<ProtocolMetaData> protocolMetaData;

    /** Runs inside the deployment's context, which Arquillian's own handler opens around it. */
    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context)
        throws Exception {
      DeployDeployment event = context.getEvent();
      DeploymentDescription wanted = event.getDeployment().getDescription();
      String mark =
          wanted.managed() && wanted.isArchiveDeployment() ? markOf(wanted.getArchive()) : null;
      if (mark == null) {
        context.proceed();
        return;
      }
      if (kept != null && kept.serves(mark, wanted.testable(), event.getDeployableContainer())) {
        description.set(wanted);
        deployment.set(event.getDeployment());
        protocolMetaData.set(kept.metaData());
        event.getDeployment().deployed();
        return;
      }
      if (kept != null) {
        LOG.info(
            () ->
                "Replacing the kept deployment (same archive: "
                    + kept.mark().equals(mark)
                    + ", kept one testable: "
                    + kept.testable()
                    + ", testable wanted: "
                    + wanted.testable()
                    + ")");
      }
      undeployKept();
      context.proceed();
      if (event.getDeployment().isDeployed()) {
        Archive<?> deployed =
            wanted.getTestableArchive() != null ? wanted.getTestableArchive() : wanted.getArchive();
        kept =
            new Kept(
                mark,
                wanted.testable(),
                deployed,
                event.getDeployableContainer(),
                protocolMetaData.get());
      }
    }

    /** Leaves the kept deployment in place when a class ends; the next class may use it. */
    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context)
        throws Exception {
      DeploymentDescription ending = context.getEvent().getDeployment().getDescription();
      boolean isKept =
          kept != null
              && ending.managed()
              && ending.isArchiveDeployment()
              && context.getEvent().getDeployableContainer() == kept.container();
      if (!isKept) {
        context.proceed();
      }
    }

    /** The server is about to stop: nothing may stay deployed for its next start. */
    public void beforeStop(@Observes BeforeStop event) throws Exception {
      if (kept != null && kept.container() == event.getDeployableContainer()) {
        undeployKept();
      }
    }

    private static void undeployKept() throws Exception {
      if (kept != null) {
        Kept leaving = kept;
        kept = null;
        LOG.info(() -> "Undeploying the kept " + leaving.deployed().getName());
        leaving.container().undeploy(leaving.deployed());
      }
    }
  }

  /**
   * The mark {@link Deployments#suite()} puts into its archive, or {@code null} for an archive that
   * is not the suite's. Arquillian adds its test runner to a testable archive in place, so the
   * archive's entries cannot tell two classes' deployments apart; the mark can.
   */
  static String markOf(Archive<?> archive) throws IOException {
    Node mark = archive.get(Deployments.SUITE_MARK);
    if (mark == null || mark.getAsset() == null) {
      return null;
    }
    try (InputStream in = mark.getAsset().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
