package vn.longbien.exemplar.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as the tests need one without Chromium: it keeps its cookies, follows no redirect (so a test sees
 * where it is sent), and signs in through the sign-in page with the page's CSRF token, as an official does.
 * Requests may name the client's address ({@code X-Forwarded-For}, trusted from the local proxy in the test
 * profile), so that the sign-in throttle of one test does not slow down another.
 */
public final class BrowserSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

  private final String root;
  private final String clientAddress;
  private final HttpClient http;

  public BrowserSession(String root) {
    this(root, null);
  }

  public BrowserSession(String root, String clientAddress) {
    this.root = root;
    this.clientAddress = clientAddress;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Signs in on the sign-in page; the answer is the redirect that follows (303/302 to where the official goes). */
  public HttpResponse<String> signIn(String user, String password) {
    String token = csrfTokenOf(get("/login").body());
    return postForm("/login", Map.of("username", user, "password", password, "_csrf", token));
  }

  /** Signs in and fails the test unless the sign-in page accepted the password. */
  public BrowserSession signedInAs(String user, String password) {
    HttpResponse<String> answer = signIn(user, password);
    String location = answer.headers().firstValue("Location").orElse("");
    if (answer.statusCode() / 100 != 3 || location.contains("/login")) {
      throw new IllegalStateException("Sign-in refused for " + user + ": " + answer.statusCode() + " " + location);
    }
    return this;
  }

  /** A page as a browser asks for it. */
  public HttpResponse<String> get(String path) {
    return send(request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
  }

  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A form post with the CSRF token of the page it comes from ({@code tokenPage}). */
  public HttpResponse<String> postFormFrom(String tokenPage, String path, Map<String, String> fields) {
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", csrfTokenOf(get(tokenPage).body()));
    return postForm(path, withToken);
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A multipart form post (files and fields) with the CSRF token of the page it comes from. */
  public HttpResponse<String> postFilesFrom(String tokenPage, String path, Map<String, String> fields,
      Map<String, byte[]> files) {
    String boundary = "----exemplar" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    Map<String, String> withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", csrfTokenOf(get(tokenPage).body()));
    withToken.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    files.forEach((fileName, content) -> {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A JSON call as the pages' own script makes it: session cookie, CSRF header, no Basic credentials. */
  public HttpResponse<String> postJson(String tokenPage, String path, String json) {
    return send(request(path).header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
        .header("X-CSRF-TOKEN", csrfTokenOf(get(tokenPage).body())).POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> postJsonWithoutToken(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + path));
    if (clientAddress != null) {
      builder.header("X-Forwarded-For", clientAddress);
    }
    return builder;
  }

  public static String csrfTokenOf(String page) {
    Matcher token = CSRF.matcher(page);
    if (!token.find()) {
      throw new IllegalStateException("The page carries no CSRF token");
    }
    return token.group(1);
  }
}
