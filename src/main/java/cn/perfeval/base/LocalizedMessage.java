package cn.perfeval.base;

import java.util.Arrays;

/**
 * A message key of the bundles {@code vaadin-i18n/translations*.properties} with its arguments.
 * Services speak in these; screens and the API resolve them in the user's language.
 */
public record LocalizedMessage(String key, Object... args) {

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedMessage other && key.equals(other.key) && Arrays.equals(args, other.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
