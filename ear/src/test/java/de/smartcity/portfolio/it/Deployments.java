package de.smartcity.portfolio.it;

import de.smartcity.portfolio.infrastructure.demo.BulkWriterProbe;
import de.smartcity.portfolio.infrastructure.demo.ScaledDataLoader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ArchiveFormat;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place where container tests get their deployment: the EAR this build packaged, exactly as
 * a user deploys it, plus what the tests need inside the server ({@link #suite()}, deployed once
 * for the whole suite), or for the benchmark its data loader, which the application itself never
 * contains.
 */
public final class Deployments {

  private static File builtEar() {
    return new File(System.getProperty("smartcity.ear", "target/smartcity.ear"));
  }

  /** Where {@link #suite()} marks its archive, for {@link SharedDeployment}. */
  static final String SUITE_MARK = "META-INF/smartcity-suite-deployment.txt";

  private Deployments() {}

  /** The application as packaged, as a user deploys it. */
  public static EnterpriseArchive application() {
    File ear = builtEar();
    if (!ear.isFile()) {
      throw new IllegalStateException("Build the EAR first (./mvnw verify): " + ear);
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  /**
   * The one archive every class of the suite deploys ({@link SharedDeployment} keeps it deployed
   * from class to class): the application as packaged, plus this package's test classes and AssertJ
   * in {@code lib/} for in-server tests, PDFBox to read downloaded PDFs back, the probe servlets
   * through which client tests write and fingerprint data ({@link ProjectProbeServlet}, {@link
   * CostPlanProbeServlet}, {@link ImportProbeServlet}, {@link ImportBenchmarkServlet}, {@link
   * CorpusProbeServlet}, {@link DemoChecksumServlet}), and the benchmark's bulk writer with {@link
   * BulkWriterProbe}. Nothing of it is reachable for a user's requests except the test-only paths
   * opened below; the pages and rules under test are the packaged application's own.
   */
  public static EnterpriseArchive suite() {
    JavaArchive tests =
        ShrinkWrap.create(JavaArchive.class, "smartcity-it.jar")
            .addPackages(true, Deployments.class.getPackage())
            .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    EnterpriseArchive ear = application();
    ear.add(
        new StringAsset(builtEar().getAbsolutePath() + " " + builtEar().lastModified()),
        SUITE_MARK);
    // Arquillian runs in-server tests through a servlet it adds to the web module; that path and
    // the probes stay outside the application's sign-in, and tests choose their user themselves.
    openToAnonymous(
        ear,
        "/ArquillianServletRunnerEE9",
        ProjectProbeServlet.PATH,
        CostPlanProbeServlet.PATH,
        ImportProbeServlet.PATH,
        ImportBenchmarkServlet.PATH,
        CorpusProbeServlet.PATH,
        DemoChecksumServlet.PATH);
    // The ZIP format makes the nested module an archive of its own, so the classes land inside it.
    ear.getAsType(WebArchive.class, "smartcity-web.war", ArchiveFormat.ZIP)
        .addClasses(
            ProjectProbeServlet.class,
            CostPlanProbeServlet.class,
            ImportProbeServlet.class,
            ImportBenchmarkServlet.class,
            CorpusProbeServlet.class,
            DemoChecksumServlet.class,
            TableFingerprint.class);
    addBenchmarkLoader(ear).addClass(BulkWriterProbe.class);
    return ear.addAsLibrary(tests)
        .addAsLibraries(jarOf(Assertions.class))
        // PDFBox with its I/O and font parts reads downloaded PDFs back inside the server.
        .addAsLibraries(
            jarOf(org.apache.pdfbox.text.PDFTextStripper.class),
            jarOf(org.apache.pdfbox.io.RandomAccessRead.class),
            jarOf(org.apache.fontbox.FontBoxFont.class))
        // jsoup parses pages rendered inside the server.
        .addAsLibraries(jarOf(org.jsoup.Jsoup.class))
        .addAsManifestResource(
            "it-jboss-deployment-structure.xml", "jboss-deployment-structure.xml");
  }

  /** Exempts test-only paths of the web module from the application's sign-in. */
  private static void openToAnonymous(EnterpriseArchive ear, String... paths) {
    WebArchive web = ear.getAsType(WebArchive.class, "smartcity-web.war", ArchiveFormat.ZIP);
    String descriptor = read(web.get("WEB-INF/web.xml").getAsset());
    StringBuilder patterns = new StringBuilder();
    for (String path : paths) {
      patterns.append("<url-pattern>").append(path).append("</url-pattern>");
    }
    web.delete("WEB-INF/web.xml");
    web.addAsWebInfResource(
        new StringAsset(
            descriptor.replaceFirst(
                "<security-role>",
                "<security-constraint><web-resource-collection><web-resource-name>test"
                    + "</web-resource-name>"
                    + patterns
                    + "</web-resource-collection></security-constraint>\n"
                    + "  <security-role>")),
        "web.xml");
  }

  private static String read(Asset asset) {
    try (InputStream in = asset.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot locate the jar of " + type, e);
    }
  }

  /**
   * The application with the benchmark's data loader (module {@code benchmark}) in its EJB module,
   * as the benchmark deploys it; {@code SMARTCITY_DEMO_SCALE} then loads the scaled data set.
   */
  public static EnterpriseArchive applicationWithBenchmarkLoader() {
    EnterpriseArchive ear = application();
    addBenchmarkLoader(ear);
    return ear;
  }

  /**
   * Puts the benchmark module's classes and its descriptor (which orders the demo loader after the
   * benchmark loader) into the EJB module: they write the demo generator's package-private records,
   * so they must share its package and class loader.
   */
  private static JavaArchive addBenchmarkLoader(EnterpriseArchive ear) {
    File location = jarOf(ScaledDataLoader.class);
    JavaArchive loader = ShrinkWrap.create(JavaArchive.class, "smartcity-benchmark.jar");
    if (location.isDirectory()) {
      loader.as(ExplodedImporter.class).importDirectory(location);
    } else {
      loader.as(ZipImporter.class).importFrom(location);
    }
    JavaArchive ejb = ear.getAsType(JavaArchive.class, "smartcity-ejb.jar", ArchiveFormat.ZIP);
    ejb.merge(loader, Filters.include("/(de/.*|META-INF/ejb-jar\\.xml)"));
    return ejb;
  }
}
