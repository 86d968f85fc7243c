package cn.perfeval.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The fields that differ between two versions of a report document (as JSON trees). Rows of a
 * table are matched by their code, item, name or path where those are unique, else by their
 * place, so a row inserted at the top does not show every row below it as changed.
 */
final class ReportDiff {

    /** Header fields that never change within one report. */
    private static final Set<String> HEADER = Set.of("formatVersion", "kind", "year", "unit", "project");
    static final String NESTED = " › ";

    private final List<ReportChange.Field> fields = new ArrayList<>();

    private ReportDiff() {
    }

    static List<ReportChange.Field> between(JsonNode before, JsonNode after) {
        ReportDiff diff = new ReportDiff();
        for (String part : names(before, after)) {
            if (!HEADER.contains(part)) {
                diff.node(part, null, null, child(before, part), child(after, part));
            }
        }
        return List.copyOf(diff.fields);
    }

    private void node(String part, String row, String column, JsonNode a, JsonNode b) {
        a = absent(a) ? null : a;
        b = absent(b) ? null : b;
        if (a == null && b == null) {
            return;
        }
        if (a != null && a.isArray() || b != null && b.isArray()) {
            rows(part, row, column, a, b);
        } else if (a != null && a.isObject() || b != null && b.isObject()) {
            for (String name : names(a, b)) {
                node(part, row, column == null ? name : column + "." + name, child(a, name), child(b, name));
            }
        } else if (!sameScalar(a, b)) {
            fields.add(new ReportChange.Field(part, row, column, text(a), text(b)));
        }
    }

    private void rows(String part, String row, String column, JsonNode a, JsonNode b) {
        List<JsonNode> before = elements(a);
        List<JsonNode> after = elements(b);
        Map<String, JsonNode> beforeByKey = byKey(before);
        Map<String, JsonNode> afterByKey = byKey(after);
        if (beforeByKey != null && afterByKey != null) {
            for (var entry : beforeByKey.entrySet()) {
                JsonNode next = afterByKey.get(entry.getKey());
                if (next == null) {
                    removed(part, nest(row, entry.getKey()), column, entry.getValue());
                } else {
                    node(part, nest(row, entry.getKey()), column, entry.getValue(), next);
                }
            }
            for (var entry : afterByKey.entrySet()) {
                if (!beforeByKey.containsKey(entry.getKey())) {
                    added(part, nest(row, entry.getKey()), column, entry.getValue());
                }
            }
            return;
        }
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            String label = nest(row, "#" + (i + 1));
            if (i >= after.size()) {
                removed(part, label, column, before.get(i));
            } else if (i >= before.size()) {
                added(part, label, column, after.get(i));
            } else {
                node(part, label, column, before.get(i), after.get(i));
            }
        }
    }

    private void removed(String part, String row, String column, JsonNode value) {
        fields.add(new ReportChange.Field(part, row, column, summary(value), null));
    }

    private void added(String part, String row, String column, JsonNode value) {
        fields.add(new ReportChange.Field(part, row, column, null, summary(value)));
    }

    /** The rows by their key, or {@code null} when some row has no key or two share one. */
    private static Map<String, JsonNode> byKey(List<JsonNode> rows) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            String key = key(row);
            if (key == null || result.putIfAbsent(key, row) != null) {
                return null;
            }
        }
        return result;
    }

    private static String key(JsonNode row) {
        if (!row.isObject()) {
            return absent(row) ? null : text(row);
        }
        for (String field : List.of("code", "item", "name")) {
            JsonNode value = row.get(field);
            if (!absent(value) && value.isValueNode() && !value.asString().isBlank()) {
                return value.asString();
            }
        }
        JsonNode path = row.get("path");
        if (!absent(path) && path.isArray() && !path.isEmpty()) {
            List<String> levels = new ArrayList<>();
            path.forEach(level -> levels.add(level.asString()));
            return String.join(NESTED, levels);
        }
        return null;
    }

    /** A row's values in one line: its scalar fields in order, nested tables left out. */
    private static String summary(JsonNode value) {
        if (!value.isContainer()) {
            return text(value);
        }
        List<String> parts = new ArrayList<>();
        collect(value, parts);
        return String.join(" / ", parts);
    }

    private static void collect(JsonNode node, List<String> into) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                JsonNode child = node.get(name);
                if (!absent(child) && !child.isArray()) {
                    collect(child, into);
                }
            }
        } else if (!node.isArray() && !absent(node)) {
            into.add(node.asString());
        }
    }

    private static Set<String> names(JsonNode a, JsonNode b) {
        Set<String> names = new LinkedHashSet<>();
        if (a != null && a.isObject()) {
            names.addAll(a.propertyNames());
        }
        if (b != null && b.isObject()) {
            names.addAll(b.propertyNames());
        }
        return names;
    }

    private static JsonNode child(JsonNode node, String name) {
        return node == null || !node.isObject() ? null : node.get(name);
    }

    private static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(list::add);
        }
        return list;
    }

    private static String nest(String row, String key) {
        return row == null ? key : row + NESTED + key;
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static String text(JsonNode node) {
        return absent(node) ? null : node.asString();
    }

    private static boolean sameScalar(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        String x = a.asString();
        String y = b.asString();
        if (x.equals(y)) {
            return true;
        }
        try {
            return new BigDecimal(x).compareTo(new BigDecimal(y)) == 0;
        } catch (NumberFormatException notNumbers) {
            return false;
        }
    }
}
