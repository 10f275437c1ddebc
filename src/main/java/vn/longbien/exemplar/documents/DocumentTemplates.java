package vn.longbien.exemplar.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Finds a document's template: first in the administrator's directory ({@code exemplar.documents.template-dir}),
 * then among those shipped from the project's {@code templates/} folder. Read at every request, so a file saved
 * in the directory is used by the next download.
 */
@Component
class DocumentTemplates {

  private final Path directory;

  DocumentTemplates(DocumentProperties properties) {
    String dir = properties.templateDir();
    this.directory = dir == null || dir.isBlank() ? null : Path.of(dir.trim());
  }

  byte[] read(DocumentKind kind, DocumentFormat format) {
    String name = kind.fileName() + "." + format.templateExtension();
    try {
      if (directory != null && Files.isRegularFile(directory.resolve(name))) {
        return Files.readAllBytes(directory.resolve(name));
      }
      try (InputStream in = new ClassPathResource("templates/" + name).getInputStream()) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the template " + name, e);
    }
  }
}
