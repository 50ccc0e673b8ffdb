package org.asynclab.export;

import java.util.List;
import java.util.Map;

/** Views of what jackson-jr's {@code mapFrom} returns, for tests that walk a parsed JSON file. */
public final class JsonValues {
    private JsonValues() {
    }

    /** A JSON object as read. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    /** A JSON array as read. */
    @SuppressWarnings("unchecked")
    public static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
