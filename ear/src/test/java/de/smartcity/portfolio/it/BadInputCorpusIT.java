package de.smartcity.portfolio.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad-input corpus of issue 16: malformed dates, amounts, long and control-character text,
 * forged ids and select values, bad view states, odd methods and parameters, sent to every form and
 * page as the roles that reach them. Fails on any 5xx, on any exception name or stack-trace piece
 * in an answer, on any redirect to the error page, and on any row written (the tables' fingerprint
 * is taken before and after the corpus, whose two halves run side by side; when it differs, every
 * batch is sent again alone with a fingerprint after it, to name what wrote). Works on its own
 * {@code SEC-} users, grant and project.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputCorpusIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.suite();
  }

  @ArquillianResource URL base;

  // ---------------------------------------------------------------- the corpus

  static final List<String> DATES =
      List.of(
          "31.02.2026",
          "30.02.2026",
          "29.02.2025",
          "32.01.2026",
          "00.00.0000",
          "99.99.9999",
          "1.1.1",
          "01.01.99999",
          "01.01.-2026",
          "-1",
          "0",
          "heute",
          "morgen",
          "2026-13-01",
          "2026-02-30",
          "13/13/2026",
          "01/02/2026",
          "2026/01/01",
          "01..01.2026",
          ".",
          "-",
          "+01.01.2026",
          "01.01.2026 12:00",
          "2026-01-01T00:00:00Z",
          "1e10",
          "NaN",
          "Infinity",
          "' OR 1=1 --",
          "<script>alert(1)</script>",
          "${7*7}",
          "#{1+1}",
          "１２.０１.２０２６",
          "٠١.٠١.٢٠٢٦",
          "01.01.2026\u0000",
          "\u0000",
          "1".repeat(5000),
          "01.01.1900",
          "01.01.2099",
          "01.01.0001",
          "31.12.9999",
          "   ",
          "31.04.2026",
          "00.01.2026",
          "01.00.2026",
          "1.13.2026",
          "2026",
          "12.2026",
          "01-01-2026",
          "01.01.2026.",
          "0x01.01.2026",
          "01.01.2026<script>",
          "%31.01.2026",
          "01.01.26");

  static final List<String> AMOUNTS =
      List.of(
          "12,34,56",
          "NaN",
          "Infinity",
          "-Infinity",
          "1e999999999",
          "1E-999999999",
          "1e3",
          "0x1F",
          "1.2.3",
          "99999999999999999999999",
          "1".repeat(400),
          "12.345",
          "abc",
          "€",
          "1 000",
          "１２３",
          "1_000",
          "+5",
          "--5",
          "5-",
          ".5",
          "5.",
          "1,5",
          "1.234,56",
          "١٢٣",
          "\u0000",
          "1\n2",
          "<b>1</b>",
          "' OR '1'='1",
          "${1}",
          "#{1}",
          "0.001",
          "-1",
          "-0.01",
          "99999999999999.99",
          "-99999999999999.99",
          "1,,0",
          "1..0",
          "∞",
          "1/2",
          "10%",
          "1e",
          "e5",
          "0b101",
          "1.7976931348623157E309",
          "-",
          ".",
          "٫5");

  static final List<String> TEXTS =
      List.of(
          "x".repeat(4001),
          "ü".repeat(4001),
          "x".repeat(100_000),
          "x".repeat(1_000_000),
          "\u0000",
          "abc\u0000def",
          "\u0007",
          "\u001b[31mrot",
          "\u007f",
          "\u0008\u0008",
          "zeile\r\nHTTP/1.1 200 OK",
          "\u202eevil",
          "\ufeff",
          "\u0085",
          "\u001f",
          "\t\t",
          "a\u0000".repeat(3000),
          "\u0000".repeat(10),
          "\u001b]0;title\u0007",
          "\r",
          "\u0003");

  static final List<String> SELECTS =
      List.of(
          "999999999",
          "-1",
          "0",
          "INF' OR '1'='1",
          "../../etc/passwd",
          "null",
          "undefined",
          "NaN",
          "1e3",
          "%00",
          "\u0000",
          "x".repeat(10_000),
          "GREEN\u0000",
          "green",
          "PURPLE",
          "ADMIN",
          "[]",
          "{}",
          "__proto__",
          "true",
          " ",
          "99999999999999999999999",
          "<script>",
          "STADT;USB",
          "-9223372036854775809",
          "STADT ",
          " STADT",
          "stadt",
          "0x10",
          "1.0",
          "1e0",
          "MOB-KLI\u0000",
          "../MOB",
          "%",
          "\uD83D\uDE00");

  static final List<String> VIEW_STATES =
      List.of(
          "",
          "x",
          "forged",
          "0:0",
          "-1",
          "1".repeat(5000),
          "\u0000",
          "stateless",
          "../x",
          "j_id1:j_id2",
          "%",
          "<x>",
          "-4410235093839516436:-1815735187960287000",
          "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
          "null",
          "undefined",
          " ",
          "1:2:3",
          "-0",
          "null",
          "undefined",
          " ",
          "1:2:3",
          "-0");

  static final List<String> METHODS =
      List.of("TRACE", "PUT", "DELETE", "OPTIONS", "PATCH", "HEAD", "PROPFIND", "FOO");

  static final List<String> QUERIES =
      List.of(
          "foo=bar",
          "code=A&code=B",
          "q=" + "x".repeat(6000),
          "code=%00",
          "grant=1e3",
          "period=9999",
          "period=0000",
          "period=2020",
          "period=-1",
          "period=FINAL%00",
          "grant=99999999999999999999",
          "theme=%3Cscript%3E",
          "mine=maybe",
          "overdue=2",
          "manager=%E2%80%AE",
          "jakarta.faces.ViewState=x",
          "jakarta.faces.partial.ajax=true",
          "jakarta.faces.source=portfolio",
          "javax.faces.ViewState=x",
          "a%5B%5D=1",
          IntStream.range(0, 1500).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&")),
          "code=",
          "grant=",
          "period=",
          "q=%00",
          "theme=&theme=INF",
          "code=SEC%0D%0ASet-Cookie:x=1",
          "code=%C0%AF",
          "q=%F0%9F%98%80",
          "expired=true");

  /** Answer text that gives away the server's insides. */
  private static final Pattern INSIDES =
      Pattern.compile(
          "\\b[A-Z]\\w*(Exception|Error)\\b|\\bat (java|jakarta|org|com|de\\.smartcity)\\.|"
              + "jakarta\\.faces\\.[a-z.]*[A-Z]\\w*|<error-name>|<error-message>|\\.java:\\d+\\)");

  // ---------------------------------------------------------------- bookkeeping

  private final Map<String, int[]> counts = new TreeMap<>();

  /** Per page: milliseconds spent on its requests, and on the fingerprints taken after them. */
  private final Map<String, long[]> millis = new TreeMap<>();

  private final List<String> failures = new ArrayList<>();
  private WebSession probe;
  private String projectPage;
  private String fingerprint;

  private WebSession session() throws Exception {
    return new WebSession(base.toURI().resolve("/"), "de");
  }

  static String scenarioPath() {
    return CorpusProbeServlet.PATH
        + "?suffix="
        + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
  }

  private void check(String page, String what, HttpResponse<String> answer) {
    int status = answer.statusCode();
    String body = answer.body() == null ? "" : answer.body();
    List<String> found = new ArrayList<>();
    if (status >= 500) {
      found.add(page + " " + what + ": HTTP " + status);
    }
    if (answer.headers().firstValue("Location").orElse("").contains("error.xhtml")
        || body.contains("<redirect url=\"") && body.contains("error.xhtml")) {
      found.add(page + " " + what + ": sent to the error page");
    }
    Matcher insides = INSIDES.matcher(withoutScripts(body));
    if (insides.find()) {
      found.add(page + " " + what + ": names \"" + insides.group() + "\"");
    }
    synchronized (counts) {
      counts.computeIfAbsent(page, p -> new int[6])[Math.min(status / 100, 5)]++;
      failures.addAll(found);
    }
  }

  /** The answer without the resource links and parameter names of Faces itself. */
  private static String withoutScripts(String body) {
    return body.replaceAll("jakarta\\.faces\\.resource/[^\"']*", "")
        .replace("jakarta.faces.ViewState", "")
        .replaceAll("jakarta\\.faces\\.[a-z.]*(partial|behavior|source|ClientWindow)\\w*", "");
  }

  /**
   * Sends a batch of requests and compares the tables' fingerprint after it; when rows were
   * written, sends each request of the batch again on its own, to name the values that write.
   */
  private void batch(String page, String what, List<Attempt> attempts) throws Exception {
    long started = System.nanoTime();
    for (Attempt attempt : attempts) {
      attempt.send().run();
    }
    long sent = System.nanoTime();
    if (sideBySide) {
      sentSideBySide.add(new Sent(page, what, attempts));
      synchronized (counts) {
        millis.computeIfAbsent(page, p -> new long[2])[0] += (sent - started) / 1_000_000;
      }
      return;
    }
    String after = probe.get(CorpusProbeServlet.PATH).body();
    long[] spent = millis.computeIfAbsent(page, p -> new long[2]);
    spent[0] += (sent - started) / 1_000_000;
    spent[1] += (System.nanoTime() - sent) / 1_000_000;
    if (after.equals(fingerprint)) {
      return;
    }
    fingerprint = after;
    boolean named = false;
    for (Attempt attempt : attempts) {
      attempt.send().run();
      after = probe.get(CorpusProbeServlet.PATH).body();
      if (!after.equals(fingerprint)) {
        failures.add(
            page + " " + attempt.label() + ": rows written: " + difference(fingerprint, after));
        fingerprint = after;
        named = true;
      }
    }
    if (!named) {
      failures.add(page + " " + what + ": rows written once, not again on their own");
    }
  }

  @FunctionalInterface
  interface Batch {
    void run() throws Exception;
  }

  /** One request of a batch, and how a failure names it. */
  private record Attempt(String label, Batch send) {}

  /** A batch sent while the two halves of the corpus ran side by side. */
  private record Sent(String page, String what, List<Attempt> attempts) {}

  /**
   * While true, the two halves of the corpus run side by side and {@link #batch} only records what
   * it sent: one fingerprint after both halves tells whether anything was written, and only then is
   * every batch sent again, one after the other, with a fingerprint after each to name it.
   */
  private volatile boolean sideBySide;

  private final List<Sent> sentSideBySide =
      java.util.Collections.synchronizedList(new ArrayList<>());

  private static String difference(String before, String after) {
    List<String> was = List.of(before.split("\n"));
    return List.of(after.split("\n")).stream()
        .filter(line -> !was.contains(line))
        .map(line -> line.substring(0, line.indexOf(' ')))
        .collect(Collectors.joining(", "));
  }

  // ---------------------------------------------------------------- forms

  /**
   * A form of a page, read from its markup, posted with one field replaced; with the page's script
   * nonce, which PrimeFaces checks on every post and renews with every whole page it renders.
   */
  private static final class Target {
    final String page;
    final String formId;
    final String button;
    final boolean ajax;
    final Document document;
    final String action;
    String nonce;

    Target(
        String page, String formId, String button, boolean ajax, Document document, String action) {
      this.page = page;
      this.formId = formId;
      this.button = button;
      this.ajax = ajax;
      this.document = document;
      this.action = action;
      Element script = document.selectFirst("script[nonce]");
      this.nonce = script == null ? "" : script.attr("nonce");
    }

    String page() {
      return page;
    }

    String formId() {
      return formId;
    }

    String button() {
      return button;
    }

    boolean ajax() {
      return ajax;
    }

    Document document() {
      return document;
    }

    String action() {
      return action;
    }
  }

  private static Map<String, String> values(Element form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      String type = input.attr("type");
      boolean choice = type.equals("checkbox") || type.equals("radio");
      if (!type.equals("submit") && (!choice || input.hasAttr("checked"))) {
        values.put(input.attr("name"), input.attr("value"));
      }
    }
    for (Element area : form.select("textarea[name]")) {
      values.put(area.attr("name"), area.text());
    }
    for (Element select : form.select("select[name]")) {
      Element chosen = select.selectFirst("option[selected]");
      values.put(select.attr("name"), chosen == null ? "" : chosen.attr("value"));
    }
    return values;
  }

  /** A short text whose only characters below space are tabs and line breaks. */
  static boolean isMultiLineText(String value) {
    return value.length() <= 100
        && value.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')
        && value
            .chars()
            .allMatch(
                c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7f) || c > 0x9f);
  }

  /** Names of the form's fields of a kind, found by the markup PrimeFaces writes for them. */
  private static List<String> fields(Element form, String kind) {
    return switch (kind) {
      case "date" ->
          form.select(".ui-calendar input[name], .p-datepicker input[name]").stream()
              .map(e -> e.attr("name"))
              .toList();
      case "amount" ->
          form.select("input[name$=_hinput]").stream().map(e -> e.attr("name")).toList();
      case "text" ->
          form.select("textarea[name], input[type=text][name], input[type=password][name]").stream()
              .filter(e -> e.parents().select(".ui-calendar, .ui-inputnumber").isEmpty())
              .filter(e -> !e.attr("name").endsWith("_input") && !e.attr("name").endsWith("_focus"))
              .map(e -> e.attr("name"))
              .toList();
      case "select" ->
          form.select("select[name], input[type=radio][name], input[type=checkbox][name]").stream()
              .map(e -> e.attr("name"))
              .distinct()
              .toList();
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /** Valid values for the fields a form requires, so that only the bad one can be refused. */
  private static void fillValid(Element form, Map<String, String> values) {
    String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    for (String name : fields(form, "date")) {
      values.put(name, today);
    }
    for (String name : fields(form, "amount")) {
      values.put(name, "10.00");
      values.put(name.replace("_hinput", "_input"), "10,00");
    }
    for (String name : fields(form, "text")) {
      if (values.getOrDefault(name, "").isBlank()) {
        values.put(name, "SEC Korpus");
      }
    }
    for (Element select : form.select("select[name]")) {
      if (values.getOrDefault(select.attr("name"), "").isEmpty()) {
        select.select("option").stream()
            .map(o -> o.attr("value"))
            .filter(v -> !v.isEmpty())
            .findFirst()
            .ifPresent(v -> values.put(select.attr("name"), v));
      }
    }
    for (Element radio : form.select("input[type=radio][name]")) {
      values.putIfAbsent(radio.attr("name"), radio.attr("value"));
    }
    values.entrySet().removeIf(e -> e.getKey().endsWith("planYear_hinput"));
    form.select("input[name$=planYear_hinput]")
        .forEach(e -> values.put(e.attr("name"), Integer.toString(LocalDate.now().getYear())));
  }

  private static HttpResponse<String> post(
      WebSession session, Target target, Map<String, String> values) throws Exception {
    Map<String, String> sent = new LinkedHashMap<>(values);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/x-www-form-urlencoded");
    if (target.ajax()) {
      sent.put("jakarta.faces.partial.ajax", "true");
      sent.put("jakarta.faces.source", target.button());
      sent.put("jakarta.faces.partial.execute", target.formId());
      sent.put("jakarta.faces.partial.render", target.formId());
      headers.put("Faces-Request", "partial/ajax");
    }
    sent.put(target.button(), target.button());
    sent.putIfAbsent("primefaces.nonce", target.nonce);
    String path = java.net.URI.create(target.action()).getRawPath();
    String query = java.net.URI.create(target.action()).getRawQuery();
    HttpResponse<String> answer =
        session.send(
            "POST", path + (query == null ? "" : "?" + query), WebSession.encoded(sent), headers);
    if (!target.ajax() && answer.statusCode() == 200) {
      Element script = Jsoup.parse(answer.body()).selectFirst("script[nonce]");
      if (script != null) {
        target.nonce = script.attr("nonce");
      }
    }
    return answer;
  }

  private Target target(
      WebSession session, String page, String formId, String button, boolean ajax, String tab)
      throws Exception {
    Document document =
        Jsoup.parse(session.open(page).body(), base.toURI().resolve(page).toString());
    if (tab != null) {
      document = withTab(session, document, tab);
    }
    Element form = document.getElementById(formId);
    assertThat(form).as(page + " " + formId).isNotNull();
    return new Target(page, formId, button, ajax, document, form.absUrl("action"));
  }

  /**
   * Loads a lazily rendered tab of the project page as PrimeFaces' script does, found by its id
   * ({@code milestonesTab}), not by its place, which changes when a tab is added.
   */
  private static Document withTab(WebSession session, Document page, String tabId)
      throws Exception {
    List<String> panels =
        page.getElementById("tabs").select("div.ui-tabs-panel").stream().map(Element::id).toList();
    int index = panels.indexOf("tabs:" + tabId);
    assertThat(index).as("tab %s among %s", tabId, panels).isNotNegative();
    Element anyForm = page.selectFirst("form[action]");
    Map<String, String> values = new LinkedHashMap<>(values(anyForm));
    values.put("jakarta.faces.partial.ajax", "true");
    values.put("jakarta.faces.source", "tabs");
    values.put("jakarta.faces.partial.execute", "tabs");
    values.put("jakarta.faces.partial.render", "tabs");
    values.put("tabs_contentLoad", "true");
    values.put("tabs_currentTab", panels.get(index));
    values.put("tabs_tabindex", Integer.toString(index));
    values.put("primefaces.nonce", page.selectFirst("script[nonce]").attr("nonce"));
    String action = anyForm.absUrl("action");
    HttpResponse<String> answer =
        session.send(
            "POST",
            java.net.URI.create(action).getRawPath()
                + "?"
                + java.net.URI.create(action).getRawQuery(),
            WebSession.encoded(values),
            Map.of(
                "Content-Type",
                "application/x-www-form-urlencoded",
                "Faces-Request",
                "partial/ajax"));
    Matcher update =
        Pattern.compile("(?s)<update id=\"tabs\"><!\\[CDATA\\[(.*?)]]></update>")
            .matcher(answer.body());
    assertThat(update.find()).as("tab " + index + ": " + answer.body()).isTrue();
    String viewState = anyForm.selectFirst("input[name=jakarta.faces.ViewState]").val();
    Document tab = Jsoup.parseBodyFragment(update.group(1), page.location());
    tab.body().appendChild(page.selectFirst("script[nonce]").clone());
    tab.select("form")
        .forEach(
            form -> {
              if (form.selectFirst("input[name=jakarta.faces.ViewState]") == null) {
                form.appendElement("input")
                    .attr("type", "hidden")
                    .attr("name", "jakarta.faces.ViewState")
                    .attr("value", viewState);
              }
              form.attr("action", anyForm.attr("action"));
            });
    return tab;
  }

  /** Sends every value of a kind in every field of that kind of the target's form. */
  private void corrupt(WebSession session, Target target, String kind, List<String> corpus)
      throws Exception {
    Element form = target.document().getElementById(target.formId());
    Map<String, String> valid = values(form);
    fillValid(form, valid);
    Set<String> multiLine =
        form.select("textarea[name]").stream().map(e -> e.attr("name")).collect(Collectors.toSet());
    for (String field : fields(form, kind)) {
      List<Attempt> attempts = new ArrayList<>();
      for (String bad : corpus) {
        if (multiLine.contains(field) && isMultiLineText(bad)) {
          continue; // line breaks and tabs are text in a multi-line field, not malformed input
        }
        String label = target.formId() + " " + field + "=" + shown(bad);
        attempts.add(
            new Attempt(
                label,
                () -> {
                  Map<String, String> values = new LinkedHashMap<>(valid);
                  values.put(field, bad);
                  if (field.endsWith("_hinput")) {
                    values.put(field.replace("_hinput", "_input"), bad);
                  }
                  check(target.page(), label, post(session, target, values));
                }));
      }
      batch(target.page(), target.formId() + " " + kind + " " + field, attempts);
    }
    List<Attempt> states = new ArrayList<>();
    for (String state : VIEW_STATES) {
      String label = target.formId() + " ViewState=" + shown(state);
      states.add(
          new Attempt(
              label,
              () -> {
                Map<String, String> values = new LinkedHashMap<>(valid);
                values.put("jakarta.faces.ViewState", state);
                check(target.page(), label, post(session, target, values));
              }));
    }
    String repeated = target.formId() + " repeated view state, the forged one first";
    states.add(
        new Attempt(
            repeated,
            () -> {
              Map<String, String> values = new LinkedHashMap<>(valid);
              values.put("primefaces.nonce", target.nonce);
              values.put(target.button(), "");
              check(
                  target.page(),
                  repeated,
                  session.send(
                      "POST",
                      java.net.URI.create(target.action()).getRawPath(),
                      "jakarta.faces.ViewState=x&" + WebSession.encoded(values),
                      Map.of("Content-Type", "application/x-www-form-urlencoded")));
            }));
    batch(target.page(), target.formId() + " view states", states);
  }

  private static String shown(String value) {
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 24
        ? printable.substring(0, 12) + "…(" + value.length() + ")"
        : printable;
  }

  /** Odd methods and parameters on a page. */
  private void address(WebSession session, String page) throws Exception {
    batch(
        page,
        "methods and parameters",
        List.of(
            new Attempt(
                "methods and parameters",
                () -> {
                  for (String method : METHODS) {
                    check(page, method, session.send(method, page, null, Map.of()));
                  }
                  String separator = page.contains("?") ? "&" : "?";
                  for (String query : QUERIES) {
                    check(
                        page,
                        "?" + shown(query),
                        session.send("GET", page + separator + query, null, Map.of()));
                  }
                  check(
                      page,
                      "POST without a form",
                      session.send(
                          "POST",
                          page,
                          "x=" + URLEncoder.encode("y".repeat(200_000), StandardCharsets.UTF_8),
                          Map.of("Content-Type", "application/x-www-form-urlencoded")));
                })));
  }

  // ---------------------------------------------------------------- users

  private WebSession user(WebSession admin, String username, String role, String person)
      throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", username);
    fields.put("displayName", "SEC Korpus " + role);
    fields.put("initialPassword", "erstes-passwort-2026");
    fields.put("newRoles", role);
    fields.put("submit", "");
    WebSession.Form form = admin.form("/admin/users.xhtml", "create");
    fields.forEach((name, value) -> form.values().put("create:" + name, value));
    if (person != null) {
      form.values().put("create:person_input", person);
    }
    admin.post(form.action(), form.values());
    WebSession user = session();
    user.signIn(username, "erstes-passwort-2026");
    WebSession.Form change = user.form("/account/password.xhtml", "password");
    for (Element input : change.page().select("#password input[type=password]")) {
      change
          .values()
          .put(
              input.attr("name"),
              input.attr("name").endsWith("currentPassword")
                  ? "erstes-passwort-2026"
                  : "Korpus-Passwort-7391-xq");
    }
    change.values().put("password:submit", "");
    user.post(change.action(), change.values());
    assertThat(user.open("/index.xhtml").body()).as(username).contains("app-user-name");
    return user;
  }

  // ---------------------------------------------------------------- the test

  @Test
  void shouldAnswerEveryMalformedRequestWithoutAServerErrorAnExceptionNameOrAWrittenRow()
      throws Exception {
    probe = session();
    String[] scenario = probe.probe(scenarioPath()).split(";");
    String grant = scenario[0];
    String project = "/project.xhtml?code=" + scenario[1];
    projectPage = project;
    String suffix =
        scenario[1].substring(scenario[1].lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
    WebSession admin = session();
    admin.signIn("admin", "admin-demo-2026");
    WebSession pm = user(admin, "it-pm-" + suffix, "PROJECT_MANAGER", As.PM_EMAIL);
    WebSession finance = user(admin, "it-fin-" + suffix, "FINANCE", null);
    WebSession council = user(admin, "it-cou-" + suffix, "COUNCIL", null);
    WebSession secAdmin = user(admin, "it-adm-" + suffix, "ADMIN", null);
    fingerprint = probe.get(CorpusProbeServlet.PATH).body();

    // Two halves, each with its own users' sessions, sent side by side (the server answers one
    // while the client reads the other); about equal in requests and time.
    sideBySide = true;
    var halves = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first =
          halves.submit(
              () -> {
                signInAndManager(pm);
                return null;
              });
      var second =
          halves.submit(
              () -> {
                readersFinanceAndAdministration(pm, finance, council, secAdmin, grant, project);
                return null;
              });
      first.get();
      second.get();
    } finally {
      halves.shutdownNow();
    }
    sideBySide = false;
    String after = probe.get(CorpusProbeServlet.PATH).body();
    if (!after.equals(fingerprint)) {
      // Something was written: send every batch again on its own to name the values that write.
      fingerprint = after;
      List<Sent> sent = List.copyOf(sentSideBySide);
      for (Sent batch : sent) {
        batch(batch.page(), batch.what(), batch.attempts());
      }
      if (failures.stream().noneMatch(f -> f.contains("rows written"))) {
        failures.add("rows were written while the halves ran side by side, not again one by one");
      }
    }

    print();
    assertThat(failures).isEmpty();
  }

  /** The sign-in page as nobody in particular, and everything the project manager reaches. */
  private void signInAndManager(WebSession pm) throws Exception {
    // Sign-in: every value in both fields.
    WebSession anonymous = session();
    Target signIn = target(anonymous, "/login.xhtml", "signin", "signin:submit", false, null);
    corrupt(anonymous, signIn, "text", TEXTS);
    corrupt(anonymous, signIn, "text", DATES);
    address(anonymous, "/login.xhtml");

    // Portfolio and its filters, by ajax as the page sends them.
    Target portfolio = target(pm, "/index.xhtml", "portfolio", "portfolio:reset", true, null);
    corrupt(pm, portfolio, "select", SELECTS);
    corrupt(pm, portfolio, "text", TEXTS);
    address(pm, "/index.xhtml");

    // The project page's forms of the manager.
    String project = projectPage;
    Target overview = target(pm, project, "tabs:overview", "tabs:overview:saveHealth", true, null);
    corrupt(pm, overview, "select", SELECTS);
    corrupt(pm, overview, "text", TEXTS);
    Target milestones =
        target(pm, project, "tabs:milestones", "tabs:milestones:save", true, "milestonesTab");
    corrupt(pm, milestones, "date", DATES);
    corrupt(pm, milestones, "text", TEXTS);
    Target kpis = target(pm, project, "tabs:kpis", "tabs:kpis:record", true, "kpisTab");
    corrupt(pm, kpis, "date", DATES);
    corrupt(pm, kpis, "select", SELECTS);
    corrupt(pm, kpis, "text", TEXTS);
    corrupt(pm, kpis, "text", AMOUNTS);
    Target reports = target(pm, project, "tabs:reports", "tabs:reports:submit", true, "reportsTab");
    corrupt(pm, reports, "date", DATES);
    corrupt(pm, reports, "select", SELECTS);
    corrupt(pm, reports, "text", TEXTS);
    address(pm, project);

    Target password =
        target(pm, "/account/password.xhtml", "password", "password:submit", false, null);
    corrupt(pm, password, "text", TEXTS);
    address(pm, "/account/password.xhtml");
  }

  /**
   * The council's pages (which it may read but not write), finance's forms and the user
   * administration; the project manager only asks for the administration, which it may not reach.
   */
  private void readersFinanceAndAdministration(
      WebSession pm,
      WebSession finance,
      WebSession council,
      WebSession secAdmin,
      String grant,
      String project)
      throws Exception {
    Target portfolio = target(council, "/index.xhtml", "portfolio", "portfolio:reset", true, null);
    corrupt(council, portfolio, "select", SELECTS);
    corrupt(council, portfolio, "text", TEXTS);
    address(council, "/index.xhtml");

    Target costPlan =
        target(finance, project, "tabs:costPlan", "tabs:costPlan:savePlan", true, "costPlanTab");
    corrupt(finance, costPlan, "amount", AMOUNTS);
    corrupt(finance, costPlan, "select", SELECTS);
    Target receipts =
        target(finance, project, "tabs:receipts", "tabs:receipts:saveReceipt", true, "receiptsTab");
    corrupt(finance, receipts, "date", DATES);
    corrupt(finance, receipts, "amount", AMOUNTS);
    corrupt(finance, receipts, "select", SELECTS);
    corrupt(finance, receipts, "text", TEXTS);
    Target forged =
        target(council, project, "tabs:overview", "tabs:overview:saveHealth", true, null);
    corrupt(council, forged, "select", SELECTS);
    address(
        council,
        "/project.xhtml?code=" + URLEncoder.encode("SEC-' OR 1=1", StandardCharsets.UTF_8));

    // Dashboard.
    Target dashboard =
        target(council, "/dashboard.xhtml", "dashboard", "dashboard:themeFilter", true, null);
    corrupt(council, dashboard, "select", SELECTS);
    address(council, "/dashboard.xhtml");

    // Finance: grants and the proof of use.
    address(finance, "/finance/grants.xhtml?grant=" + grant);
    Target proof =
        target(
            finance,
            "/finance/proof.xhtml?grant=" + grant + "&period=FINAL",
            "proof",
            "proof:save",
            false,
            null);
    corrupt(finance, proof, "text", TEXTS);
    address(finance, "/finance/proof.xhtml?grant=" + grant + "&period=FINAL");
    address(council, "/finance/grants.xhtml");

    // User administration.
    Target create = target(secAdmin, "/admin/users.xhtml", "create", "create:submit", false, null);
    corrupt(secAdmin, create, "text", TEXTS);
    corrupt(secAdmin, create, "select", SELECTS);
    address(secAdmin, "/admin/users.xhtml");
    address(pm, "/admin/users.xhtml");
  }

  private void print() {
    StringBuilder table =
        new StringBuilder("\nBad-input corpus: requests per page by status class\n");
    table.append(
        String.format(
            "%-60s %6s %6s %6s %6s %6s %8s %8s%n",
            "page", "all", "2xx", "3xx", "4xx", "5xx", "ms sent", "ms check"));
    int[] total = new int[6];
    counts.forEach(
        (page, c) -> {
          int all = IntStream.of(c).sum();
          long[] spent = millis.getOrDefault(page, new long[2]);
          table.append(
              String.format(
                  "%-60s %6d %6d %6d %6d %6d %8d %8d%n",
                  page.length() > 60 ? page.substring(0, 60) : page,
                  all,
                  c[2],
                  c[3],
                  c[4],
                  c[5],
                  spent[0],
                  spent[1]));
          for (int i = 0; i < 6; i++) {
            total[i] += c[i];
          }
        });
    table.append(
        String.format(
            "%-60s %6d %6d %6d %6d %6d%n",
            "all pages", IntStream.of(total).sum(), total[2], total[3], total[4], total[5]));
    table
        .append("distinct malformed values: ")
        .append(
            DATES.size()
                + AMOUNTS.size()
                + TEXTS.size()
                + SELECTS.size()
                + VIEW_STATES.size()
                + METHODS.size()
                + QUERIES.size())
        .append('\n');
    failures.forEach(f -> table.append("FAIL ").append(f).append('\n'));
    System.out.println(table);
  }

  /** Posts one amount as the receipts form of the project sends it, by ajax; answers the reply. */
  static String postAmount(WebSession session, String code, String amount) throws Exception {
    String page = "/project.xhtml?code=" + code;
    Document tab =
        withTab(
            session, Jsoup.parse(session.open(page).body(), "http://app" + page), "receiptsTab");
    Element form = tab.getElementById("tabs:receipts");
    Map<String, String> values = values(form);
    fillValid(form, values);
    values.put("tabs:receipts:amount_hinput", amount);
    values.put("tabs:receipts:amount_input", amount);
    Target target =
        new Target(
            page, "tabs:receipts", "tabs:receipts:saveReceipt", true, tab, form.absUrl("action"));
    return post(session, target, values).body();
  }
}
