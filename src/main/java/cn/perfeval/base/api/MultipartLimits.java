package cn.perfeval.base.api;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Multipart uploads, of the API and of the portal's upload components, take files a little larger
 * than the largest accepted evidence file ({@code perfeval.evidence.max-size}), so that a file just
 * above the limit reaches the service and is refused there with its name and size. This replaces
 * Spring Boot's {@code spring.servlet.multipart.*} limits; the API's bodies are bounded more
 * tightly by {@link RequestSizeLimit}.
 */
@Configuration
class MultipartLimits {

    private static final long MARGIN = DataSize.ofMegabytes(1).toBytes();

    @Bean
    MultipartConfigElement multipartConfigElement(@Value("${perfeval.evidence.max-size:10MB}") DataSize evidence,
            @Value("${perfeval.api.max-request-size:5MB}") DataSize api) {
        long file = Math.max(evidence.toBytes(), api.toBytes()) + MARGIN;
        return new MultipartConfigElement("", file, file + MARGIN, 0);
    }
}
