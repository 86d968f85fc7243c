package cn.perfeval.identity;

import cn.perfeval.base.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The password policy and the lockout settings: minimum length, how many of the four character
 * classes (upper case, lower case, digits, symbols) a password needs, how many of the latest
 * passwords may not be used again, and after how many failed logins in a row an account is
 * locked for how many minutes.
 */
public record PasswordRules(int minLength, int minClasses, int history, int lockoutThreshold, int lockoutMinutes) {

    /** The longest password accepted, in characters. */
    public static final int MAX_LENGTH = 64;
    /** The hash reads at most this many bytes (UTF-8), so a longer password is refused. */
    static final int MAX_BYTES = 72;
    /** At most this many earlier passwords are kept per user. */
    static final int MAX_HISTORY = 24;

    /** The problems of a new password under these rules, each named by the given field; none when it is good. */
    public List<FieldProblem> check(String field, String username, String password) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(FieldProblem.of(field, "doc.required"));
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < minLength) {
            problems.add(FieldProblem.of(field, "error.password.too-short", minLength, length));
        }
        if (length > MAX_LENGTH) {
            problems.add(FieldProblem.of(field, "error.password.too-long", MAX_LENGTH));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(FieldProblem.of(field, "error.password.too-many-bytes", MAX_BYTES));
        }
        int classes = classes(password);
        if (classes < minClasses) {
            problems.add(FieldProblem.of(field, "error.password.classes", minClasses, classes));
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(FieldProblem.of(field, "error.password.contains-username"));
        }
        return problems;
    }

    /** How many of the four classes the password uses; a character that is no letter of either case nor a digit counts as a symbol. */
    static int classes(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (int cp : password.codePoints().toArray()) {
            if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    /** The problems of these settings themselves: each must lie within its range. */
    public List<FieldProblem> validate() {
        List<FieldProblem> problems = new ArrayList<>();
        range(problems, "minLength", minLength, 8, MAX_LENGTH);
        range(problems, "minClasses", minClasses, 1, 4);
        range(problems, "history", history, 0, MAX_HISTORY);
        range(problems, "lockoutThreshold", lockoutThreshold, 1, 20);
        range(problems, "lockoutMinutes", lockoutMinutes, 1, 1440);
        return problems;
    }

    private static void range(List<FieldProblem> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(FieldProblem.of(field, "error.policy.range", min, max, value));
        }
    }
}
