package vn.longbien.exemplar.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The documents officials sign.
 *
 * @param templateDir a directory whose template files replace those shipped in {@code templates/} (same file
 *     names), so an administrator edits a template without a rebuild; read at every request. Empty: the
 *     shipped templates only.
 */
@ConfigurationProperties("exemplar.documents")
public record DocumentProperties(String templateDir) {}
