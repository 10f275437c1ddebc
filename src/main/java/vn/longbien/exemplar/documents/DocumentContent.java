package vn.longbien.exemplar.documents;

import java.util.List;
import java.util.Map;

/**
 * What a template is filled with: named fields ({@code {{unitName}}} in a DOCX, {@code ${unitName}} in an
 * XHTML template) and the rows of the nominee table ({@code {{row.nomineeName}}}, {@code ${row.nomineeName}}).
 * All values are plain text; the renderers escape them.
 */
record DocumentContent(DocumentKind kind, Map<String, String> fields, List<Map<String, String>> rows) {

  DocumentContent {
    fields = Map.copyOf(fields);
    rows = rows.stream().map(Map::copyOf).toList();
  }
}
