package cn.perfeval.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"translations", "checks"})
    void the_chinese_and_english_bundles_have_the_same_keys(String bundle) throws IOException {
        Properties chinese = load("vaadin-i18n/" + bundle + ".properties");
        Properties english = load("vaadin-i18n/" + bundle + "_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
    }

    @Test
    void the_default_bundle_is_simplified_chinese() throws IOException {
        Properties chinese = load("vaadin-i18n/translations.properties");
        assertThat(chinese.getProperty("app.title")).isEqualTo("预算绩效自评");
        assertThat(chinese.getProperty("status.BUREAU_REVIEW")).isEqualTo("局审核中");
    }

    @ParameterizedTest
    @ValueSource(strings = {"translations", "checks"})
    void every_english_message_with_arguments_fills_them_and_keeps_its_apostrophes(String bundle) throws IOException {
        Properties english = load("vaadin-i18n/" + bundle + "_en.properties");
        for (String key : english.stringPropertyNames()) {
            String pattern = english.getProperty(key);
            if (!pattern.contains("{0")) {
                continue;
            }
            String written = new java.text.MessageFormat(pattern, java.util.Locale.ENGLISH)
                    .format(new Object[] {1, 2, 3, 4, 5, 6});
            assertThat(written).as(key).doesNotContain("{0").doesNotContain("{1");
            if (pattern.contains("'")) {
                assertThat(written).as(key).contains("'");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"translations", "translations_en", "checks", "checks_en"})
    void no_key_is_defined_twice_so_no_text_silently_replaces_another(String bundle) throws IOException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.List<String> twice = new java.util.ArrayList<>();
        try (InputStream in = MessageBundlesTest.class.getClassLoader()
                .getResourceAsStream("vaadin-i18n/" + bundle + ".properties")) {
            assertThat(in).isNotNull();
            String previous = "";
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                boolean continued = previous.endsWith("\\");
                previous = line;
                String trimmed = line.strip();
                if (continued || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")
                        || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        assertThat(twice).as(bundle).isEmpty();
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
