package vn.longbien.exemplar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The image that {@code docker compose up --build} builds is made from the same sources as {@code ./mvnw
 * package}: every resource folder of pom.xml is sent to Docker (not excluded by .dockerignore) and copied into
 * the Dockerfile's build stage at the same place. Read from the files; no Docker engine is needed.
 */
class DockerBuildContextTest {

  private static final Path ROOT = Path.of("").toAbsolutePath();

  @Test
  void theBuildStageCopiesEveryResourceFolderOfThePom() throws Exception {
    List<String> copied = buildStageCopies();

    assertThat(resourceFolders()).isNotEmpty().allSatisfy(folder ->
        assertThat(copied).as("COPY instructions of the Dockerfile's build stage covering %s", folder)
            .anyMatch(source -> covers(source, folder)));
  }

  @Test
  void dockerignoreSendsEveryResourceFolderOfThePomToDocker() throws Exception {
    List<String> ignored = dockerignore();

    assertThat(resourceFolders()).allSatisfy(folder ->
        assertThat(ignoredByDocker(ignored, folder)).as(".dockerignore leaves out %s", folder).isFalse());
  }

  /** pom.xml's {@code build/resources/resource/directory}, relative to the project. */
  private static List<String> resourceFolders() throws Exception {
    Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
    NodeList directories = pom.getElementsByTagName("directory");
    List<String> folders = new ArrayList<>();
    for (int i = 0; i < directories.getLength(); i++) {
      if ("resource".equals(directories.item(i).getParentNode().getNodeName())) {
        folders.add(normalised(directories.item(i).getTextContent().trim()));
      }
    }
    return folders;
  }

  /**
   * The sources of the build stage's COPY instructions (the stage before the next FROM) that land at the same
   * place under the working directory: one source, a destination of the same name ({@code COPY templates
   * templates}, {@code COPY . .}).
   */
  private static List<String> buildStageCopies() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile")).replace("\\\n", " ");
    List<String> sources = new ArrayList<>();
    int stages = 0;
    for (String line : dockerfile.split("\n")) {
      String[] words = line.trim().split("\\s+");
      if (words[0].equalsIgnoreCase("FROM") && ++stages > 1) {
        break;
      }
      if (words[0].equalsIgnoreCase("COPY")) {
        List<String> arguments = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
          if (!words[i].startsWith("--")) {
            arguments.add(words[i]);
          } else if (words[i].startsWith("--from")) {
            arguments.clear();
            break;
          }
        }
        if (arguments.size() == 2 && normalised(arguments.get(0)).equals(normalised(arguments.get(1)))) {
          sources.add(normalised(arguments.get(0)));
        }
      }
    }
    return sources;
  }

  private static boolean covers(String source, String folder) {
    return source.equals(".") || folder.equals(source) || folder.startsWith(source + "/");
  }

  private static List<String> dockerignore() throws IOException {
    Path file = ROOT.resolve(".dockerignore");
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  /**
   * Docker's rule for a file of the folder: a pattern applies when it matches the file's path or a folder above
   * it, and the last pattern that applies decides ({@code !} keeps the file).
   */
  private static boolean ignoredByDocker(List<String> patterns, String folder) {
    String file = folder + "/any-file";
    List<Path> fileAndFoldersAbove = new ArrayList<>();
    for (Path path = Path.of(file); path != null; path = path.getParent()) {
      fileAndFoldersAbove.add(path);
    }
    boolean ignored = false;
    for (String pattern : patterns) {
      boolean keep = pattern.startsWith("!");
      PathMatcher matcher =
          FileSystems.getDefault().getPathMatcher("glob:" + normalised(keep ? pattern.substring(1) : pattern));
      if (fileAndFoldersAbove.stream().anyMatch(matcher::matches)) {
        ignored = !keep;
      }
    }
    return ignored;
  }

  private static String normalised(String path) {
    String result = path.replace('\\', '/');
    while (result.startsWith("./") || result.startsWith("/")) {
      result = result.substring(result.startsWith("./") ? 2 : 1);
    }
    while (result.endsWith("/") && result.length() > 1) {
      result = result.substring(0, result.length() - 1);
    }
    return result.isEmpty() ? "." : result;
  }
}
