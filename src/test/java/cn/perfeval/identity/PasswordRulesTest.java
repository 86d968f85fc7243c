package cn.perfeval.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perfeval.base.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    static final PasswordRules DEFAULTS = new PasswordRules(8, 3, 5, 5, 15);

    @Test
    void a_password_of_eight_characters_from_three_classes_is_good() {
        assertThat(DEFAULTS.check("p", "zhang", "Abcdef12")).isEmpty();
        assertThat(DEFAULTS.check("p", "zhang", "abcdef1#")).isEmpty();
        assertThat(DEFAULTS.check("p", "zhang", "Perfeval#2026")).isEmpty();
    }

    @Test
    void a_password_shorter_than_the_minimum_is_refused_with_both_lengths() {
        assertThat(keys(DEFAULTS.check("newPassword", "zhang", "Ab1#xyz")))
                .containsExactly("newPassword:error.password.too-short");
        assertThat(DEFAULTS.check("newPassword", "zhang", "Ab1#xyz").getFirst().message().args())
                .containsExactly(8, 7);
    }

    @Test
    void two_classes_are_not_enough_when_three_are_asked_for() {
        assertThat(keys(DEFAULTS.check("p", "zhang", "abcdefgh12"))).containsExactly("p:error.password.classes");
        assertThat(keys(DEFAULTS.check("p", "zhang", "ABCDEFGH#!"))).containsExactly("p:error.password.classes");
        assertThat(keys(DEFAULTS.check("p", "zhang", "abcdefghij"))).containsExactly("p:error.password.classes");
    }

    @Test
    void every_problem_of_a_bad_password_is_listed() {
        assertThat(keys(DEFAULTS.check("p", "zhang", "zhang1"))).containsExactly("p:error.password.too-short",
                "p:error.password.classes", "p:error.password.contains-username");
    }

    @Test
    void the_four_classes_are_upper_lower_digit_and_anything_else_as_symbol() {
        assertThat(PasswordRules.classes("Aa1#")).isEqualTo(4);
        assertThat(PasswordRules.classes("aa11")).isEqualTo(2);
        assertThat(PasswordRules.classes("预算绩效abc")).isEqualTo(2);
        assertThat(PasswordRules.classes("pass word")).isEqualTo(2);
    }

    @Test
    void an_empty_or_overlong_password_is_refused() {
        assertThat(keys(DEFAULTS.check("p", "zhang", ""))).containsExactly("p:doc.required");
        assertThat(keys(DEFAULTS.check("p", "zhang", null))).containsExactly("p:doc.required");
        assertThat(keys(DEFAULTS.check("p", "zhang", "Aa1#".repeat(17)))).containsExactly("p:error.password.too-long");
        assertThat(keys(DEFAULTS.check("p", "zhang", "Aa1#" + "预".repeat(30))))
                .containsExactly("p:error.password.too-many-bytes");
    }

    @Test
    void a_stricter_policy_asks_for_more() {
        PasswordRules strict = new PasswordRules(12, 4, 5, 5, 15);
        assertThat(keys(strict.check("p", "zhang", "Abcdef12#"))).containsExactly("p:error.password.too-short");
        assertThat(keys(strict.check("p", "zhang", "Abcdefgh1234"))).containsExactly("p:error.password.classes");
        assertThat(strict.check("p", "zhang", "Abcdefgh123#")).isEmpty();
    }

    @Test
    void settings_out_of_their_ranges_are_each_refused() {
        assertThat(DEFAULTS.validate()).isEmpty();
        assertThat(keys(new PasswordRules(6, 0, 30, 0, 0).validate())).containsExactly(
                "minLength:error.policy.range", "minClasses:error.policy.range", "history:error.policy.range",
                "lockoutThreshold:error.policy.range", "lockoutMinutes:error.policy.range");
        assertThat(keys(new PasswordRules(8, 5, 0, 21, 1441).validate())).containsExactly(
                "minClasses:error.policy.range", "lockoutThreshold:error.policy.range",
                "lockoutMinutes:error.policy.range");
    }

    private static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.message().key()).toList();
    }
}
