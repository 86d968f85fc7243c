package cn.perfeval.checks.core;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.checks.core.ParsedValue.Comparator;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetParserTest {

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "≥21575人           | GE | 21575   | 人",
        "≥7881              | GE | 7881    | ''",
        "≥95%               | GE | 95      | %",
        "≤5天               | LE | 5       | 天",
        ">=90%              | GE | 90      | %",
        "<=3个工作日         | LE | 3       | 个工作日",
        ">80%               | GT | 80      | %",
        "<1%                | LT | 1       | %",
        "=100%              | EQ | 100     | %",
        "≥ 95 %             | GE | 95      | %",
        "＞８０％            | GT | 80      | %",
        "≧90％              | GE | 90      | %",
        "≥98.5%             | GE | 98.5    | %",
        "≥21.13万人         | GE | 21.13   | 万人",
        "≥309人次           | GE | 309     | 人次",
    })
    void a_symbol_gives_an_explicit_comparator(String text, Comparator comparator, String number, String unit) {
        assertThat(TargetParser.parse(text))
                .contains(new ParsedValue(comparator, new BigDecimal(number), unit, false));
    }

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "95%及以上           | GE | 95      | %",
        "90%以上            | GE | 90      | %",
        "不低于90%           | GE | 90      | %",
        "不少于100户         | GE | 100     | 户",
        "不小于80%           | GE | 80      | %",
        "10个工作日内         | LE | 10      | 个工作日",
        "15个工作日以内        | LE | 15      | 个工作日",
        "5%以下              | LE | 5       | %",
        "不高于5%            | LE | 5       | %",
        "不超过30天           | LE | 30      | 天",
        "不多于3次           | LE | 3       | 次",
    })
    void a_comparator_word_gives_an_implicit_comparator(String text, Comparator comparator, String number, String unit) {
        assertThat(TargetParser.parse(text))
                .contains(new ParsedValue(comparator, new BigDecimal(number), unit, true));
    }

    @ParameterizedTest(name = "{0} → = {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "21575人            | 21575    | 人",
        "100%               | 100      | %",
        "80%                | 80       | %",
        "31811              | 31811    | ''",
        "1,146.81万元        | 1146.81  | 万元",
        "'  98% '           | 98       | %",
        "880家              | 880      | 家",
        "12批次             | 12       | 批次",
        "2355人次           | 2355     | 人次",
        "３件               | 3        | 件",
    })
    void a_bare_value_is_equal_and_implicit(String text, String number, String unit) {
        assertThat(TargetParser.parse(text)).contains(new ParsedValue(Comparator.EQ, new BigDecimal(number), unit, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "有效", "明显提高", "有效缓解", "成效明显", "不低于上年", "覆盖人群", "保障足额拨付",
        "2022年12月31日", "2022年1月1日-2022年12月31日", "90%-95%", "2022年",
        "全额资助困难居民参保人员共21575人，救助资金495.50万元", "2022年，资助贫困户25767人参保", "贫困户参保率为100%。",
        "符合救助条件的对象按规定纳入救助范围", "离休干部10人，二等乙级伤残人员21人，建国初期参加革命工作人员7人",
        "≥", "%", "", "   ", "≥95%及以下", "1,14.5万元", "95%%",
    })
    void qualitative_or_free_text_does_not_parse(String text) {
        assertThat(TargetParser.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    void an_unstated_value_does_not_parse(String text) {
        assertThat(TargetParser.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} against {1}: met = {2}")
    @CsvSource(delimiter = '|', value = {
        "≥95%      | 98%     | true",
        "≥95%      | 95%     | true",
        "≥95%      | 94.9%   | false",
        ">95%      | 95%     | false",
        "21575人   | 21575人 | true",
        "21575人   | 22000人 | true",
        "21575人   | 21000人 | false",
        "10个工作日内 | 8个工作日 | true",
        "10个工作日内 | 12个工作日 | false",
        "<1%       | 1%      | false",
    })
    void equal_targets_are_levels_to_reach_and_ceilings_are_met_below(String target, String actual, boolean met) {
        assertThat(Achievement.of(target, actual)).hasValueSatisfying(a -> assertThat(a.met()).isEqualTo(met));
    }

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(delimiter = '|', value = {
        "≥21575人  | 21575人次",
        "≥95%      | 有效",
        "符合资助参保条件的对象人次数 | 21575",
        "≥21.13万人 | 211300人",
    })
    void a_target_and_an_actual_in_different_units_or_words_are_not_compared(String target, String actual) {
        assertThat(Achievement.of(target, actual)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is the approved {1}")
    @CsvSource(delimiter = '|', value = {
        "≥95%          | ≥ 95 %",
        "≥95%          | ≥95％",
        "≥95%          | ≧95%",
        "≥95%          | 95%及以上",
        "≥95%          | >=95.0%",
        "≥21575人       | ≥２１５７５人",
        "10个工作日内    | ≤10个工作日",
        "明显提高        | 明显 提高",
        "有效缓解        | ' 有效缓解　'",
        "ISO标准        | iso标准",
    })
    void the_same_target_written_otherwise_is_the_same_target(String approved, String stated) {
        assertThat(TargetParser.sameTarget(approved, stated)).isTrue();
    }

    @ParameterizedTest(name = "{0} is not the approved {1}")
    @CsvSource(delimiter = '|', value = {
        "≥95%          | ≥90%",
        "≥95%          | 95%",
        "≥95%          | ≥95",
        "≥95%          | ≤95%",
        "≥21575人       | ≥21575人次",
        "10个工作日内    | 15个工作日内",
        "明显提高        | 有所提高",
        "≥95%          | ''",
    })
    void a_target_with_another_comparator_number_unit_or_wording_differs(String approved, String stated) {
        assertThat(TargetParser.sameTarget(approved, stated)).isFalse();
    }
}
