package vn.longbien.exemplar.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import vn.longbien.exemplar.support.EmbeddedPostgresServer;

/**
 * The application in an operating-system process of its own (the test's class path, the production
 * profile, the given database, the engine clock inside the window of the runs' round: {@link NodeInRound}),
 * so that it can be killed as a power cut would: SIGKILL, no shutdown hook.
 * Its output goes to {@code target/<name>.log}.
 */
final class ChildNode {

  private final Process process;
  private final int port;

  private ChildNode(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the node and waits until its health endpoint answers. */
  static ChildNode start(String name, String databaseUrl, String... arguments) {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(
        System.getProperty("java.home") + "/bin/java", "-Xmx512m", "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC",
        "-D" + NodeInRound.ROUND_PROPERTY + "=" + Nominees.ROUND,
        "-cp", System.getProperty("java.class.path"), NodeInRound.class.getName(),
        "--server.port=" + port));
    command.addAll(EmbeddedPostgresServer.productionArguments(databaseUrl));
    command.addAll(List.of(arguments));
    try {
      // Run from target/: the class path the tests get also names the working directory, whose bpmn/ and
      // dmn/ folders would otherwise be deployed a second time beside target/classes.
      File target = new File("target").getAbsoluteFile();
      Process process = new ProcessBuilder(command).directory(target).redirectErrorStream(true)
          .redirectOutput(new File(target, name + ".log")).start();
      ChildNode node = new ChildNode(process, port);
      node.awaitHealthy(Duration.ofSeconds(180));
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestRestTemplate rest() {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
  }

  /** SIGKILL: the JVM gets no chance to finish a transaction, release a lock or run a shutdown hook. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  private void awaitHealthy(Duration bound) {
    long deadline = System.nanoTime() + bound.toNanos();
    TestRestTemplate rest = rest();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The node exited with " + process.exitValue() + "; see its log under target/");
      }
      try {
        if (rest.getForEntity("/actuator/health", String.class).getStatusCode().is2xxSuccessful()) {
          return;
        }
      } catch (RuntimeException notYetListening) {
        // Still starting.
      }
      sleep();
    }
    process.destroyForcibly();
    throw new IllegalStateException("The node did not become healthy within " + bound);
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
