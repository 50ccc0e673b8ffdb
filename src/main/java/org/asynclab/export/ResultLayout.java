package org.asynclab.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/**
 * The line layout of a result file: a result's fields, and the entries of its {@code tasks} array (and of a
 * {@code runs} array), each on their own indented line; everything inside them (config, summary, one task,
 * the completion order) on one line. A person can read a small file and a large one stays one line per task,
 * where a full pretty printer would spend eight.
 */
final class ResultLayout extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;
    private static final String[] BREAKS = {"\n", "\n  ", "\n    ", "\n      ", "\n        "};

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        breakIfBlock(g, 0);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        breakIfBlock(g, 0);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        separate(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        separate(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        close(g, entries, '}');
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        close(g, values, ']');
    }

    private static void separate(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        breakIfBlock(g, 0);
    }

    private static void close(JsonGenerator g, int entries, char bracket) throws IOException {
        if (entries > 0) {
            breakIfBlock(g, 1);
        }
        g.writeRaw(bracket);
    }

    /** Starts a new line, indented by the depth of the current context less {@code outdent}, in a block. */
    private static void breakIfBlock(JsonGenerator g, int outdent) throws IOException {
        JsonStreamContext context = g.getOutputContext();
        if (isBlock(context)) {
            int depth = Math.min(context.getNestingDepth() - outdent, BREAKS.length - 1);
            g.writeRaw(BREAKS[Math.max(depth, 0)]);
        }
    }

    private static boolean isBlock(JsonStreamContext context) {
        JsonStreamContext parent = context.getParent();
        if (parent == null) {
            return false;
        }
        if (context.inObject()) {
            return parent.inRoot() || parent.inArray() && isNamed(parent, "runs");
        }
        return context.inArray() && (isNamed(context, "tasks") || isNamed(context, "runs")
                || isNamed(context, "output") || isNamed(context, "problems"));
    }

    private static boolean isNamed(JsonStreamContext array, String name) {
        JsonStreamContext owner = array.getParent();
        return owner != null && name.equals(owner.getCurrentName());
    }
}
