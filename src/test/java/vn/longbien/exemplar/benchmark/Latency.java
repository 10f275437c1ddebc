package vn.longbien.exemplar.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.IntFunction;

/** Latency of one REST call, sampled sequentially by one client after a warm-up. */
final class Latency {

  /** Percentiles in milliseconds, nearest-rank over the sorted samples. */
  record Percentiles(int samples, double p50, double p95, double p99, double max) {

    static Percentiles of(long[] nanos) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
          sorted[sorted.length - 1] / 1e6);
    }

    private static double rank(long[] sorted, int percent) {
      int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
      return sorted[Math.max(index, 0)] / 1e6;
    }
  }

  /** A GET request as one user. */
  record Request(String user, String path) {}

  private final HttpClient client = HttpClient.newHttpClient();
  private final String baseUrl;

  Latency(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** Sequential samples after a warm-up; the function gives the request of sample i. */
  Percentiles measure(IntFunction<Request> requestOfSample, int warmUp, int samples) {
    for (int i = 0; i < warmUp; i++) {
      get(requestOfSample.apply(i));
    }
    long[] nanos = new long[samples];
    for (int i = 0; i < samples; i++) {
      Request request = requestOfSample.apply(warmUp + i);
      long start = System.nanoTime();
      get(request);
      nanos[i] = System.nanoTime() - start;
    }
    return Percentiles.of(nanos);
  }

  /** The body of a successful answer; anything but 200 fails the benchmark. */
  String get(Request call) {
    String path = call.path();
    String credentials = call.user() + ":" + Officials.PASSWORD;
    HttpRequest http = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json")
        .GET().build();
    try {
      HttpResponse<String> response = client.send(http, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + path + " as " + call.user() + ": " + response.statusCode() + " " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("GET " + path, e);
    }
  }
}
