package de.smartcity.portfolio.it;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A browser-like HTTP session for client tests: keeps cookies, signs in through the form. */
final class WebSession {

  private final URI root;
  private final String language;
  private final HttpClient http;
  private final CookieManager cookies = new CookieManager();

  WebSession(URI root, String language) {
    this(root, language, HttpClient.Version.HTTP_2);
  }

  /** A session that speaks the given protocol; the load driver keeps one HTTP/1.1 connection. */
  WebSession(URI root, String language, HttpClient.Version version) {
    this.root = root;
    this.language = language;
    this.http =
        HttpClient.newBuilder()
            .version(version)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(root.resolve(path))
            .header("Accept-Language", language)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Gets a page as bytes, as the load driver reads it: whole, without following redirects. */
  HttpResponse<byte[]> fetch(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(root.resolve(path))
            .header("Accept-Language", language)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Gets the page, following redirects within the application. */
  HttpResponse<String> open(String path) throws Exception {
    HttpResponse<String> response = get(path);
    for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
      response = get(response.headers().firstValue("Location").orElseThrow());
    }
    return response;
  }

  /** Fills and submits a form of the page at {@code path}, and follows the redirects after it. */
  HttpResponse<String> submit(String path, String formId, Map<String, String> fields)
      throws Exception {
    Document page = Jsoup.parse(open(path).body(), root.resolve(path).toString());
    Element form = page.getElementById(formId);
    Map<String, String> values = new LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      values.put(input.attr("name"), input.attr("value"));
    }
    fields.forEach((name, value) -> values.put(formId + ":" + name, value));
    // What PrimeFaces' script does in a browser: send the page's CSP nonce with the form.
    Element script = page.selectFirst("script[nonce]");
    if (script != null) {
      values.put("primefaces.nonce", script.attr("nonce"));
    }
    return post(form.absUrl("action"), values);
  }

  /** Presses a download button of a form and returns the file as the browser receives it. */
  HttpResponse<byte[]> download(String path, String formId, String button) throws Exception {
    Form form = form(path, formId);
    form.values().put(formId + ":" + button, "");
    return postForBytes(form.action(), form.values(), Map.of());
  }

  /**
   * A form of a page as a browser would send it: every field with its current value (not only the
   * hidden ones), and the page's CSP nonce, as PrimeFaces' script adds it.
   */
  Form form(String path, String formId) throws Exception {
    return form(Jsoup.parse(open(path).body(), root.resolve(path).toString()), formId);
  }

  /** A form of a page already at hand (the answer to a post, say), read as {@link #form} does. */
  Form form(Document page, String formId) {
    Element form = page.getElementById(formId);
    Map<String, String> values = new LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      String type = input.attr("type");
      boolean choice = type.equals("checkbox") || type.equals("radio");
      if (!type.equals("submit") && (!choice || input.hasAttr("checked"))) {
        values.put(input.attr("name"), input.attr("value"));
      }
    }
    for (Element select : form.select("select[name]")) {
      Element chosen = select.selectFirst("option[selected]");
      values.put(select.attr("name"), chosen == null ? "" : chosen.attr("value"));
    }
    Element script = page.selectFirst("script[nonce]");
    if (script != null) {
      values.put("primefaces.nonce", script.attr("nonce"));
    }
    return new Form(form.absUrl("action"), values, page);
  }

  /**
   * A form read from a page.
   *
   * @param action where it posts to
   * @param values the fields a browser would send, changeable before posting
   * @param page the whole page, to find component ids in
   */
  record Form(String action, Map<String, String> values, Document page) {}

  /** Posts form values and returns the answer as bytes, without following redirects. */
  HttpResponse<byte[]> postForBytes(
      String url, Map<String, String> values, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept-Language", language)
            .header("Content-Type", "application/x-www-form-urlencoded");
    headers.forEach(request::header);
    return http.send(
        request.POST(HttpRequest.BodyPublishers.ofString(encode(values))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Posts a form as {@code multipart/form-data}, as a browser posts a form with a file field: the
   * fields named in {@code emptyFiles} go as file parts with no file chosen.
   */
  HttpResponse<byte[]> postMultipartForBytes(
      String url, Map<String, String> values, java.util.Set<String> emptyFiles) throws Exception {
    String boundary = "----it-" + java.util.UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    values.forEach(
        (name, value) -> {
          body.append("--").append(boundary).append("\r\n");
          if (emptyFiles.contains(name)) {
            body.append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n");
          } else {
            body.append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n");
          }
        });
    body.append("--").append(boundary).append("--\r\n");
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Accept-Language", language)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String encode(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  HttpResponse<String> post(String url, Map<String, String> values) throws Exception {
    String body = encode(values);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Accept-Language", language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
      response = get(response.headers().firstValue("Location").orElseThrow());
    }
    return response;
  }

  /** Posts nothing to a test-only probe and returns its answer, failing on anything but 200. */
  String probe(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(root.resolve(path))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return response.body();
  }

  /**
   * Sends any request as this session, with any method and headers, without following redirects:
   * for requests no browser would make.
   */
  HttpResponse<String> send(
      String method, String path, String formBody, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(root.resolve(path)).header("Accept-Language", language);
    headers.forEach(request::header);
    return http.send(
        request
            .method(
                method,
                formBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(formBody))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Form values as a browser encodes them. */
  static String encoded(Map<String, String> values) {
    return encode(values);
  }

  /** Signs in through the sign-in form and returns the page it leads to. */
  HttpResponse<String> signIn(String username, String password) throws Exception {
    return submit(
        "/login.xhtml", "signin", Map.of("username", username, "password", password, "submit", ""));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The value of a cookie the server set (the last one of that name), or null. */
  String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(HttpCookie::getValue)
        .reduce((first, last) -> last)
        .orElse(null);
  }

  /** Takes a cookie as if the server had set it: a session id somebody else planted, say. */
  void plantCookie(String name, String value) throws Exception {
    cookies.put(root, Map.of("Set-Cookie", List.of(name + "=" + value + "; Path=/")));
  }
}
