package org.supplywatch.cypher;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of Neo4j's embedded API in the shape the driver's {@code Record.asMap()} gives: stored
 * array properties (which the embedded API returns as Java arrays) become lists, so the code
 * that reads a row does not care which way it came.
 */
final class PlainValues {

    private PlainValues() {
    }

    static Map<String, Object> row(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>(row.size() * 2);
        row.forEach((key, value) -> plain.put(key, plain(value)));
        return plain;
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new LinkedHashMap<>(map.size() * 2);
            map.forEach((key, item) -> plain.put(key.toString(), plain(item)));
            return plain;
        }
        if (value instanceof List<?> list) {
            List<Object> plain = new ArrayList<>(list.size());
            list.forEach(item -> plain.add(plain(item)));
            return plain;
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<Object> plain = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                plain.add(Array.get(value, i));
            }
            return plain;
        }
        return value;
    }
}
