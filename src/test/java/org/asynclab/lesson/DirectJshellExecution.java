package org.asynclab.lesson;

import java.util.Map;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * jshell's {@code --execution direct}, for JavaSamplesTest: each snippet runs in jshell's own JVM, on the thread
 * that evaluates it, and jshell goes on when the snippet returns. jshell's {@code local} execution runs a snippet
 * on a thread of its own and then waits for every thread it finds in that thread's group once the snippet has
 * begun: a thread that outlives the snippet (an HttpClient's, which lives as long as the client) is waited for for
 * ever when the snippet got that far before jshell looked, which happens under load. Its default, a JVM of its own
 * driven through the debugger's interface, costs the test half as much CPU again. Found by jshell through the
 * service file the test writes beside this class.
 */
public final class DirectJshellExecution implements ExecutionControlProvider {
    /** The name {@code --execution} takes. */
    public static final String NAME = "direct";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return new DirectExecutionControl();
    }
}
