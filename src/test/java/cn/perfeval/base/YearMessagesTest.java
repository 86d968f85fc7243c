package cn.perfeval.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A year given to a message as a number is written as a year: 1960, never 1,960. */
class YearMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"translations", "translations_en"})
    void the_messages_taking_a_year_as_a_number_write_it_without_grouping(String bundle) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("vaadin-i18n/" + bundle + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Locale locale = bundle.endsWith("_en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;

        assertThat(new MessageFormat(messages.getProperty("doc.year.range"), locale).format(new Object[] {1960}))
                .contains("1960").doesNotContain("1,960");
        assertThat(new MessageFormat(messages.getProperty("error.round.year"), locale).format(new Object[] {1960}))
                .contains("1960").doesNotContain("1,960");
        assertThat(new MessageFormat(messages.getProperty("error.round.exists"), locale).format(new Object[] {2047}))
                .contains("2047").doesNotContain("2,047");
        assertThat(new MessageFormat(messages.getProperty("error.report.exists"), locale)
                .format(new Object[] {"米易县医疗保障局", 2047, "部门整体支出绩效自评"})).contains("2047").doesNotContain("2,047");
    }

    @ParameterizedTest
    @ValueSource(strings = {"translations", "translations_en"})
    void starting_a_report_and_a_project_that_exists_write_the_years_without_grouping(String bundle)
            throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("vaadin-i18n/" + bundle + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Locale locale = bundle.endsWith("_en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Object[][] cases = {
            {"error.report.project-exists", "米易县医疗保障局", 2047, "项目支出绩效自评", "医疗救助"},
            {"error.report.start.not-earlier", 2047, 1960},
            {"start.waiting", "2047年度部门决算", 2047, "2048-03-31"},
            {"start.dialog.title", 2047},
            {"start.from-last-year", 1960, "部门整体支出绩效自评"},
            {"start.created", 2047, "部门整体支出绩效自评"},
        };
        for (Object[] c : cases) {
            Object[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            String text = new MessageFormat(messages.getProperty((String) c[0]), locale).format(args);
            assertThat(text).as((String) c[0]).doesNotContain("2,047").doesNotContain("1,960")
                    .containsAnyOf("2047", "1960");
        }
    }
}
