package vn.longbien.exemplar.nomination.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files of nominations.
 *
 * @param maxSize the largest file accepted (default 10MB). Uploads are also capped by
 *     {@code spring.servlet.multipart.max-file-size} (10MB in application.yaml, answered with 413): raise both
 *     together.
 * @param maxFileNameLength file names longer than this are shortened, keeping their extension
 */
@ConfigurationProperties("exemplar.attachments")
public record AttachmentProperties(
    @DefaultValue("10MB") DataSize maxSize, @DefaultValue("200") int maxFileNameLength) {}
