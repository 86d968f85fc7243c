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
}
