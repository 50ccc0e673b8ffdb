import com.fasterxml.jackson.jr.ob.JSON;
import java.io.File;
import java.util.Map;

/**
 * Exits 0 when the file named by the first argument holds one well-formed JSON object, else prints why and
 * exits 1. The packaging smoke test runs it as a source file, with jackson-jr from target/lib on the class path.
 */
public final class CheckJson {
    private CheckJson() {
    }

    /** Checks the file {@code args[0]}. */
    public static void main(String[] args) {
        try {
            Object value = JSON.std.anyFrom(new File(args[0]));
            if (value instanceof Map<?, ?> object && !object.isEmpty()) {
                System.out.println(args[0] + ": a JSON object with the fields " + object.keySet());
                return;
            }
            System.err.println(args[0] + ": expected a JSON object with fields, found " + value);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println(args[0] + ": not valid JSON: " + e.getMessage());
        }
        System.exit(1);
    }
}
