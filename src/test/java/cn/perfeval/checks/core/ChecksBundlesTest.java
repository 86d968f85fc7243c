package cn.perfeval.checks.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChecksBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @Test
    void the_chinese_and_english_bundles_have_the_same_keys() {
        assertThat(Bundles.ENGLISH.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(Bundles.CHINESE.stringPropertyNames());
    }

    @Test
    void each_message_uses_the_same_arguments_in_both_languages_and_is_a_valid_pattern() {
        for (String key : Bundles.CHINESE.stringPropertyNames()) {
            String chinese = Bundles.CHINESE.getProperty(key);
            String english = Bundles.ENGLISH.getProperty(key);
            assertThat(arguments(english)).as(key).isEqualTo(arguments(chinese));
            new MessageFormat(chinese, Locale.SIMPLIFIED_CHINESE);
            new MessageFormat(english, Locale.ENGLISH);
        }
    }

    @Test
    void the_default_bundle_is_simplified_chinese() {
        assertThat(Bundles.CHINESE.getProperty("check.rule.balance")).isEqualTo("收支平衡");
        assertThat(Bundles.ENGLISH.getProperty("check.rule.balance")).isEqualTo("Balance of the year");
    }

    private static java.util.Set<Integer> arguments(String pattern) {
        java.util.Set<Integer> found = new java.util.TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(Integer.valueOf(m.group(1)));
        }
        return found;
    }
}
