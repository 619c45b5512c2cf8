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
 * a user deploys it, plus (for tests that run inside the server) the test classes and AssertJ, or
 * (for tests that restart the server) a probe to write data through, or (for the benchmark) the
 * benchmark's data loader, which the application itself never contains.
 */
public final class Deployments {

  private Deployments() {}

  /** The application as packaged, for tests that act as a client (a browser, an HTTP caller). */
  public static EnterpriseArchive application() {
    File ear = new File(System.getProperty("smartcity.ear", "target/smartcity.ear"));
    if (!ear.isFile()) {
      throw new IllegalStateException("Build the EAR first (./mvnw verify): " + ear);
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  /** The application with this package's test classes in {@code lib/}, for in-server tests. */
  public static EnterpriseArchive applicationWithTests() {
    JavaArchive tests =
        ShrinkWrap.create(JavaArchive.class, "smartcity-it.jar")
            .addPackages(true, Deployments.class.getPackage())
            .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    // Arquillian runs in-server tests through a servlet it adds to the web module; that one path
    // stays outside the application's sign-in, and tests choose their user themselves (see As).
    EnterpriseArchive ear = application();
    openToAnonymous(ear, "/ArquillianServletRunnerEE9");
    return ear.addAsLibrary(tests)
        .addAsLibraries(jarOf(Assertions.class))
        // PDFBox with its I/O and font parts reads downloaded PDFs back inside the server.
        .addAsLibraries(
            jarOf(org.apache.pdfbox.text.PDFTextStripper.class),
            jarOf(org.apache.pdfbox.io.RandomAccessRead.class),
            jarOf(org.apache.fontbox.FontBoxFont.class))
        .addAsManifestResource(
            "it-jboss-deployment-structure.xml", "jboss-deployment-structure.xml");
  }

  /** Exempts one test-only path of the web module from the application's sign-in. */
  private static void openToAnonymous(EnterpriseArchive ear, String path) {
    WebArchive web = ear.getAsType(WebArchive.class, "smartcity-web.war", ArchiveFormat.ZIP);
    String descriptor = read(web.get("WEB-INF/web.xml").getAsset());
    web.delete("WEB-INF/web.xml");
    web.addAsWebInfResource(
        new StringAsset(
            descriptor.replace(
                "<security-role>",
                "<security-constraint><web-resource-collection><web-resource-name>test"
                    + "</web-resource-name><url-pattern>"
                    + path
                    + "</url-pattern></web-resource-collection></security-constraint>\n"
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

  /**
   * The application with {@link ProjectProbeServlet} in its web module, for client tests that must
   * write data while they stop and start the server.
   */
  public static EnterpriseArchive applicationWithProjectProbe() {
    EnterpriseArchive ear = application();
    openToAnonymous(ear, ProjectProbeServlet.PATH);
    // The ZIP format makes the nested module an archive of its own, so the class lands inside it.
    ear.getAsType(WebArchive.class, "smartcity-web.war", ArchiveFormat.ZIP)
        .addClass(ProjectProbeServlet.class);
    return ear;
  }

  /**
   * The application with tests (see {@link #applicationWithTests}) and {@link CorpusProbeServlet}
   * in its web module, for the bad-input corpus: it sets up its own grant and project through
   * {@link FundedScenario} and fingerprints the tables before and after.
   */
  public static EnterpriseArchive applicationWithCorpusProbe() {
    EnterpriseArchive ear = applicationWithTests();
    openToAnonymous(ear, CorpusProbeServlet.PATH);
    ear.getAsType(WebArchive.class, "smartcity-web.war", ArchiveFormat.ZIP)
        .addClasses(CorpusProbeServlet.class, TableFingerprint.class);
    return ear;
  }

  /**
   * The application with tests and {@link ImportProbeServlet} in its web module, for the receipt
   * import's browser journey, which sets up its grant, project and account assignments through it.
   */
  public static EnterpriseArchive applicationWithImportProbe() {
    EnterpriseArchive ear = applicationWithTests();
    openToAnonymous(ear, ImportProbeServlet.PATH);
    ear.getAsType(WebArchive.class, "smartcity-web.war", ArchiveFormat.ZIP)
        .addClasses(ImportProbeServlet.class, TableFingerprint.class);
    return ear;
  }

  /**
   * The application with {@link DemoChecksumServlet} in its web module, through which the first and
   * the last class of the suite read the demo data's checksum.
   */
  public static EnterpriseArchive applicationWithDemoChecksum() {
    EnterpriseArchive ear = application();
    openToAnonymous(ear, DemoChecksumServlet.PATH);
    ear.getAsType(WebArchive.class, "smartcity-web.war", ArchiveFormat.ZIP)
        .addClasses(DemoChecksumServlet.class, TableFingerprint.class);
    return ear;
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
   * The application with tests (see {@link #applicationWithTests}) and the benchmark's data loader,
   * plus {@link BulkWriterProbe}, through which a test writes projects by the bulk writer.
   */
  public static EnterpriseArchive applicationWithTestsAndBulkWriter() {
    EnterpriseArchive ear = applicationWithTests();
    addBenchmarkLoader(ear).addClass(BulkWriterProbe.class);
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
