package cn.perfeval.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How project names are written and compared (decision 0016). A name is kept as written, its
 * white space trimmed and runs of it made one space. Two names are the same project when their
 * keys are equal: compatibility-normalised (full-width letters, digits and brackets as their
 * half-width forms), lower case, without any white space. The key is stored beside the name, and
 * the database's unique key (department x year x kind x key) enforces the same rule on every database.
 */
public final class ProjectNames {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private ProjectNames() {
    }

    /** The name as shown and stored: trimmed, runs of white space (also the ideographic space) made one. */
    public static String display(String name) {
        return name == null ? "" : SPACES.matcher(name).replaceAll(" ").strip();
    }

    /** The name as compared: NFKC, lower case, without white space. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(folded).replaceAll("");
    }
}
