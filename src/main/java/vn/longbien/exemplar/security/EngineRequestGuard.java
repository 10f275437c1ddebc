package vn.longbien.exemplar.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks requests to the engine's REST API before Camunda parses them:
 * <ul>
 *   <li>task and filter queries that carry an expression ("${" or "#{") anywhere in their query string or
 *       body, nested orQueries included, are refused; with expressions also switched off for ad-hoc and
 *       stored queries, a client can never make the engine evaluate an expression of its choosing;
 *   <li>JSON bodies that declare a Java-serialized variable are refused with 400 (the engine would refuse
 *       them too, but as a 500);
 *   <li>when configured with a page cap, a {@code maxResults} above it is refused with 400.
 * </ul>
 */
class EngineRequestGuard extends OncePerRequestFilter {

  /** Task and filter resources, after the REST prefix, optionally under /engine/{name}. */
  private static final Pattern QUERY_RESOURCE =
      Pattern.compile("^(/engine/[^/]+)?/(task(/count)?|filter(/.*)?)/?$");

  private static final String JAVA_SERIALIZATION = "application/x-java-serialized-object";

  private static final Pattern MAX_RESULTS = Pattern.compile("(?:^|&)maxResults=(\\d+)");

  private final String restPrefix;
  private final int maxPageSize;
  private final DataSize maxBody;

  /**
   * @param maxPageSize the largest page a client may ask for, or 0 for none (the webapps' own API, whose
   *     queries Camunda's webapps shape themselves)
   * @param maxBody the largest body read and checked here; a larger one is refused with 413
   */
  // Registered for restPrefix + "/*" only, so every request it sees lies under that prefix.
  EngineRequestGuard(String restPrefix, int maxPageSize, DataSize maxBody) {
    this.restPrefix = restPrefix;
    this.maxPageSize = maxPageSize;
    this.maxBody = maxBody;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (pageTooLarge(request.getQueryString())) {
      JsonErrors.send(response, HttpServletResponse.SC_BAD_REQUEST, "MaxResultsTooLarge",
          "Mỗi trang tối đa " + maxPageSize + " kết quả; hãy phân trang bằng firstResult và maxResults"
              + " (maxResults must not exceed " + maxPageSize + ")");
      return;
    }
    boolean query = QUERY_RESOURCE.matcher(path(request).substring(restPrefix.length())).matches();
    boolean json = request.getContentType() != null && request.getContentType().contains("json");
    if (!query && !json) {
      chain.doFilter(request, response);
      return;
    }
    // A request without a body (a GET query) is passed on as it is; only a body is read, and at most once.
    boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    int limit = (int) Math.min(maxBody.toBytes(), Integer.MAX_VALUE - 1);
    byte[] bytes = hasBody ? request.getInputStream().readNBytes(limit + 1) : new byte[0];
    if (bytes.length > limit) {
      JsonErrors.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "RequestTooLarge",
          "Yêu cầu quá lớn, tối đa " + maxBody.toMegabytes() + " MB (request body exceeds " + maxBody + ")");
      return;
    }
    String body = new String(bytes, StandardCharsets.UTF_8);
    String queryString = request.getQueryString() == null
        ? "" : URLDecoder.decode(request.getQueryString(), StandardCharsets.UTF_8);
    if (query && (containsExpression(queryString) || containsExpression(body))) {
      JsonErrors.send(response, HttpServletResponse.SC_BAD_REQUEST, "ExpressionNotAllowed",
          "Không được dùng biểu thức ${...} hoặc #{...} trong truy vấn công việc hoặc bộ lọc"
              + " (expressions are not allowed in task or filter queries)");
      return;
    }
    if (json && body.contains(JAVA_SERIALIZATION)) {
      JsonErrors.send(response, HttpServletResponse.SC_BAD_REQUEST, "JavaSerializationNotAllowed",
          "Không chấp nhận biến ở dạng Java serialization; dùng kiểu cơ bản hoặc JSON"
              + " (serializationDataFormat application/x-java-serialized-object is not allowed)");
      return;
    }
    chain.doFilter(hasBody ? new CachedBodyRequest(request, bytes) : request, response);
  }

  private boolean pageTooLarge(String queryString) {
    if (maxPageSize == 0 || queryString == null) {
      return false;
    }
    Matcher maxResults = MAX_RESULTS.matcher(queryString);
    // Digits only, so a number too long for a long is simply too large.
    return maxResults.find()
        && (maxResults.group(1).length() > 9 || Long.parseLong(maxResults.group(1)) > maxPageSize);
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static boolean containsExpression(String text) {
    // JSON may escape the characters ("\u0024{"); unescape the two that matter before looking.
    String plain = text.replace("\\u0024", "$").replace("\\u0023", "#").replace("\\u007b", "{")
        .replace("\\u007B", "{");
    return plain.contains("${") || plain.contains("#{");
  }

  /** Hands the already-read body on to Camunda. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("Synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
