package de.smartcity.portfolio.reports.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keeps generated files under {@code target/report-previews/} for a person to look at, and renders
 * PDF pages to PNG with poppler's {@code pdftoppm} where that is installed.
 */
public final class Previews {

  public static final Path FOLDER = Path.of("target", "report-previews");
  private static final int DOTS_PER_INCH = 80;

  private Previews() {}

  public static Path save(String fileName, byte[] bytes) {
    try {
      Files.createDirectories(FOLDER);
      return Files.write(FOLDER.resolve(fileName), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static boolean canRender() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String folder : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, "pdftoppm"))) {
        return true;
      }
    }
    return false;
  }

  /** Renders each page to {@code <name>-<page>.png} beside the PDF; returns the PNGs. */
  public static List<Path> render(Path pdf) {
    String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
    try {
      Process process =
          new ProcessBuilder(
                  "pdftoppm",
                  "-png",
                  "-r",
                  Integer.toString(DOTS_PER_INCH),
                  pdf.toString(),
                  FOLDER.resolve(name).toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroy();
        throw new IllegalStateException("pdftoppm failed on " + pdf);
      }
      try (var files = Files.list(FOLDER)) {
        return files
            .filter(file -> file.getFileName().toString().startsWith(name + "-"))
            .filter(file -> file.toString().endsWith(".png"))
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
