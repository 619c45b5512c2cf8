package de.smartcity.portfolio.interfaces.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every word a page shows comes from the message bundles, and both languages have every key: a page
 * with German typed into it, or a key that exists in one bundle only, fails the build.
 */
class BundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/de/smartcity/portfolio/i18n");
  private static final Path PAGES = Path.of("src/main/webapp");

  /** Attributes whose value a user reads. */
  private static final Set<String> READABLE =
      Set.of(
          "value",
          "headerText",
          "title",
          "placeholder",
          "itemLabel",
          "label",
          "message",
          "header",
          "emptyMessage",
          "requiredMessage",
          "converterMessage",
          "alt",
          "aria-label",
          "currentPageReportTemplate");

  /**
   * Text that is the same in every language: file kinds, language codes, languages naming
   * themselves.
   */
  private static final Set<String> UNIVERSAL =
      Set.of("Excel", "PDF", "DE", "EN", "Deutsch", "English", "SHA");

  private static final Pattern MESSAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");

  @Test
  void shouldHaveEveryKeyInGermanAndInEnglish() throws IOException {
    Properties german = load("messages_de.properties");
    Properties english = load("messages_en.properties");
    assertThat(new TreeSet<>(german.stringPropertyNames()))
        .as("keys of messages_de against messages_en")
        .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    german.forEach((key, text) -> assertThat((String) text).as("German %s", key).isNotBlank());
    english.forEach((key, text) -> assertThat((String) text).as("English %s", key).isNotBlank());
  }

  @Test
  void shouldFindEveryKeyAPageAsksForInTheBundle() throws Exception {
    Properties german = load("messages_de.properties");
    List<String> missing = new ArrayList<>();
    for (Path page : pages()) {
      Matcher keys = MESSAGE_KEY.matcher(Files.readString(page));
      while (keys.find()) {
        if (!german.containsKey(keys.group(1))) {
          missing.add(PAGES.relativize(page) + ": " + keys.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void shouldShowNoTextOutsideTheBundles() throws Exception {
    List<String> literal = new ArrayList<>();
    for (Path page : pages()) {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Element root = factory.newDocumentBuilder().parse(page.toFile()).getDocumentElement();
      collectLiteralText(root, PAGES.relativize(page).toString(), literal);
    }
    assertThat(literal).as("text typed into pages instead of taken from a bundle").isEmpty();
  }

  private static void collectLiteralText(Node node, String page, List<String> literal) {
    if (node.getNodeType() == Node.TEXT_NODE) {
      String text = withoutExpressions(node.getTextContent());
      if (isWords(text)) {
        literal.add(page + ": \"" + node.getTextContent().strip() + "\"");
      }
      return;
    }
    if (node.getNodeType() != Node.ELEMENT_NODE) {
      return;
    }
    if ("style".equals(node.getLocalName()) || "script".equals(node.getLocalName())) {
      return;
    }
    // Parameters pass values to code (a query parameter, an include's key), not words to a reader.
    boolean parameter = "param".equals(node.getLocalName());
    NamedNodeMap attributes = parameter ? null : node.getAttributes();
    for (int i = 0; attributes != null && i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String name =
          attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      if (READABLE.contains(name) && isWords(withoutExpressions(attribute.getValue()))) {
        literal.add(page + ": " + attribute.getName() + "=\"" + attribute.getValue() + "\"");
      }
    }
    NodeList children = node.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      collectLiteralText(children.item(i), page, literal);
    }
  }

  private static String withoutExpressions(String text) {
    return text.replaceAll("#\\{[^}]*\\}", " ").strip();
  }

  /** Whether what is left holds a word a reader would have to translate. */
  private static boolean isWords(String text) {
    for (String word : text.split("[\\s,.:;()|/·–-]+")) {
      if (word.codePoints().filter(Character::isLetter).count() >= 2 && !UNIVERSAL.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(PAGES)) {
      return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(BUNDLES.resolve(name));
        Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
