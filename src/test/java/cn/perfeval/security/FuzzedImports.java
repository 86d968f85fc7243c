package cn.perfeval.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed report documents from a seed: each is a valid document with one kind of damage
 * (types swapped, fields missing or extra, huge numbers and texts, deep nesting, duplicated keys,
 * codes of the wrong length, nulls, bytes that are not UTF-8), so that a failure can be replayed
 * from its seed and index.
 */
final class FuzzedImports {

    static final List<String> KINDS = List.of("swap-type", "drop-field", "extra-field", "huge-number", "huge-text",
            "deep-nesting", "duplicate-key", "code-length", "null-anywhere", "fraction-integer", "truncated",
            "invalid-utf8");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] HUGE = {"1e2147483647", "-1e2147483647", "1e1000000", "1e-1000000",
            "99999999999999999999.999", "123456789012345678901234567890", "0.0000000000000000000001", "-0"};

    /** Byte sequences that are not UTF-8: a lone continuation byte, an overlong '/', a cut-off 中, 0xFF, a surrogate. */
    private static final byte[][] NOT_UTF8 = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE4, (byte) 0xB8},
        {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC3, (byte) 0x28}, {(byte) 0xF8, (byte) 0x88}};

    record Case(String kind, byte[] body) {
    }

    private FuzzedImports() {
    }

    static List<Case> cases(JsonMapper json, String validDocument, long seed, int count) {
        Random random = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String kind = KINDS.get(i % KINDS.size());
            ObjectNode doc = (ObjectNode) json.readTree(validDocument);
            cases.add(new Case(kind, "invalid-utf8".equals(kind) ? notUtf8(doc.toString(), random)
                    : damage(kind, doc, random).getBytes(StandardCharsets.UTF_8)));
        }
        return cases;
    }

    /** The document's bytes with one to three sequences that are not UTF-8, inside texts or anywhere. */
    private static byte[] notUtf8(String text, Random random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length + 16);
        int at = 0;
        int times = 1 + random.nextInt(3);
        int[] places = random.ints(times, 1, bytes.length).sorted().toArray();
        for (int place : places) {
            out.write(bytes, at, place - at);
            out.writeBytes(NOT_UTF8[random.nextInt(NOT_UTF8.length)]);
            at = place;
        }
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static String damage(String kind, ObjectNode doc, Random random) {
        List<Slot> slots = new ArrayList<>();
        collect(doc, slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        switch (kind) {
            case "swap-type" -> slot.set(switch (random.nextInt(5)) {
                case 0 -> NODES.stringNode("文字");
                case 1 -> NODES.numberNode(random.nextInt());
                case 2 -> NODES.booleanNode(true);
                case 3 -> NODES.arrayNode().add(1);
                default -> NODES.objectNode().put("x", 1);
            });
            case "drop-field" -> slot.remove();
            case "extra-field" -> doc.put("unexpected" + random.nextInt(100), "多余");
            case "huge-number" -> {
                String raw = HUGE[random.nextInt(HUGE.length)];
                slot.set(NODES.stringNode("HUGE-HERE"));
                return doc.toString().replace("\"HUGE-HERE\"", random.nextBoolean() ? raw : "\"" + raw + "\"");
            }
            case "huge-text" -> slot.set(NODES.stringNode("长".repeat(20_001 + random.nextInt(50_000))));
            case "deep-nesting" -> {
                int depth = 200 + random.nextInt(2_000);
                slot.set(NODES.stringNode("DEEP-HERE"));
                return doc.toString().replace("\"DEEP-HERE\"", "[".repeat(depth) + "]".repeat(depth));
            }
            case "duplicate-key" -> {
                String text = doc.toString();
                return "{\"year\":2001," + text.substring(1);
            }
            case "code-length" -> {
                ArrayNode rows = doc.withArray(random.nextBoolean() ? "income" : "expenditure");
                if (!rows.isEmpty()) {
                    ((ObjectNode) rows.get(random.nextInt(rows.size()))).put("code",
                            "2".repeat(random.nextInt(12)));
                }
            }
            case "null-anywhere" -> slot.set(NODES.nullNode());
            case "fraction-integer" -> doc.put(random.nextBoolean() ? "year" : "formatVersion", 2025.5);
            case "truncated" -> {
                String text = doc.toString();
                return text.substring(0, random.nextInt(text.length()));
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return doc.toString();
    }

    /** A place in the document: a field of an object or an element of a list. */
    private record Slot(JsonNode parent, String field, int index) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(field);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext();) {
                var e = it.next();
                slots.add(new Slot(o, e.getKey(), -1));
                collect(e.getValue(), slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Slot(a, null, i));
                collect(a.get(i), slots);
            }
        }
    }
}
