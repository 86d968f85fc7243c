package cn.perfeval.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Spring Boot reads {@code application*.properties} as ISO-8859-1: a Chinese setting written as
 * UTF-8 arrives as mojibake (a framework name that never matches). The settings files stay ASCII.
 */
class SettingsFilesTest {

    @Test
    void every_settings_file_holds_ascii_only_so_no_setting_arrives_as_mojibake() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:application*.properties");
        List<String> offending = new ArrayList<>();
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                byte[] bytes = in.readAllBytes();
                int line = 1;
                for (byte b : bytes) {
                    if (b == '\n') {
                        line++;
                    } else if (b < 0) {
                        offending.add(file.getFilename() + " line " + line);
                        break;
                    }
                }
            }
        }

        assertThat(files).extracting(Resource::getFilename).contains("application.properties",
                "application-mysql.properties", "application-mariadb.properties", "application-test.properties");
        assertThat(offending).as("settings files with a non-ASCII character").isEmpty();
    }
}
