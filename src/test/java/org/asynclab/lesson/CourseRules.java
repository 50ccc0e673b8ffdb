package org.asynclab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The course's rules for a Python file, checked without Python: the shebang, a module docstring, a docstring and
 * type annotations on every function, lines of at most 79 characters, no tab, no trailing space, two blank lines
 * before a top-level definition. {@code pycodestyle} checks more when it is installed ({@link PythonTool}).
 */
final class CourseRules {
    private static final Pattern DEF = Pattern.compile("^(\\s*)(?:async )?def (\\w+)\\((.*)\\)( -> [^:]+)?:$");

    private CourseRules() {
    }

    /** What breaks the rules in {@code code}, one message a problem; empty when it follows them all. */
    static List<String> problems(String code) {
        List<String> problems = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        if (!lines[0].equals("#!/usr/bin/env python3")) {
            problems.add("line 1 is not the shebang #!/usr/bin/env python3");
        }
        if (lines.length < 2 || !lines[1].startsWith("\"\"\"")) {
            problems.add("no module docstring on line 2");
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.length() > 79) {
                problems.add("line " + number + " has " + line.length() + " characters: " + line);
            }
            if (line.contains("\t") || (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1)))) {
                problems.add("line " + number + " has a tab or a trailing space");
            }
            Matcher def = DEF.matcher(line);
            if (def.matches()) {
                checkFunction(def, lines, i, problems);
            }
        }
        return problems;
    }

    private static void checkFunction(Matcher def, String[] lines, int i, List<String> problems) {
        String name = def.group(2);
        if (def.group(4) == null) {
            problems.add(name + " has no return annotation");
        }
        for (String parameter : def.group(3).split(",")) {
            String p = parameter.strip();
            if (!p.isEmpty() && !p.equals("self") && !p.contains(":")) {
                problems.add(name + ": parameter " + p + " has no annotation");
            }
        }
        if (i + 1 >= lines.length || !lines[i + 1].strip().startsWith("\"\"\"")) {
            problems.add(name + " has no docstring");
        }
        if (def.group(1).isEmpty() && (i < 2 || !lines[i - 1].isEmpty() || !lines[i - 2].isEmpty())) {
            problems.add(name + " is not after two blank lines");
        }
    }
}
