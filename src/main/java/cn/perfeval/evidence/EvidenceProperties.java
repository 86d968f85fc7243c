package cn.perfeval.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of evidence files ({@code perfeval.evidence.*}): the largest file accepted. The API's
 * request size limit and the multipart limits follow this one (see {@code base.api}).
 */
@ConfigurationProperties("perfeval.evidence")
record EvidenceProperties(@DefaultValue("10MB") DataSize maxSize) {
}
