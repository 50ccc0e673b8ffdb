package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a Python lesson printed, to hold it to its {@link PictureClaims}: the {@code total … s} it measured,
 * the lists it printed, the lines in order. Shared by the plain-python3 claims and the claims through AsyncLab's
 * own headless run.
 */
public final class PrintedLines {
    private static final Pattern TOTAL = Pattern.compile("^total (\\d+(?:\\.\\d+)?) s");

    /**
     * How far apart two delays may be and still come back swapped in a list made "as they end": the tasks start one
     * after another, not at one instant, and on a busy machine the last may reach its {@code asyncio.sleep} tens of
     * milliseconds after the first (a check run saw 29 ms). A list in any other order (gather's, the order of the
     * calls) has swaps far larger than this.
     */
    public static final double START_SKEW_SECONDS = 0.1;

    /**
     * How far a lesson's total may run past the upper bound of its picture: a second. The suite starts every lesson
     * at once, beside other programs, on machines shared up to load 25 on two cores, where the bounds left some
     * lessons 0.8 s. No load makes a wait shorter: the lower bound stays as the lesson gives it. The claims the
     * upper bounds carry (gathered less than the sequential minimum) are held on the bounds themselves
     * (PythonLessonClaimsTest) and, where the run is recorded, on its bars: side by side or one after the other.
     */
    public static final double LOAD_ALLOWANCE_SECONDS = 1.0;

    private PrintedLines() {
    }

    /** The figure of the last line that starts with {@code total … s}: the program's own measure. */
    public static double totalOf(List<String> out) {
        Double total = null;
        for (String line : out) {
            Matcher matcher = TOTAL.matcher(line);
            if (matcher.find()) {
                total = Double.parseDouble(matcher.group(1));
            }
        }
        assertThat(total).as("a 'total … s' line in%n%s", String.join("\n", out)).isNotNull();
        return total;
    }

    /** Checks a lesson's total against its picture's bounds, the upper one with {@link #LOAD_ALLOWANCE_SECONDS}. */
    public static void assertTotalWithin(String lesson, double total, PictureClaims claims) {
        assertThat(total).as("%s total (%s, and %s s for the load)", lesson, claims, LOAD_ALLOWANCE_SECONDS)
                .isBetween(claims.minTotalSeconds(), claims.maxTotalSeconds() + LOAD_ALLOWANCE_SECONDS);
    }

    /** Checks the lines printed and their lists against what the lesson's picture claims. */
    public static void assertShows(String lesson, List<String> out, PictureClaims claims) {
        assertPrintedInOrder(out, claims.prints());
        for (String start : claims.ascending()) {
            assertThat(isAscending(listOn(out, start))).as("%s: the list of '%s' is ascending", lesson, start)
                    .isTrue();
        }
        for (String start : claims.notAscending()) {
            assertThat(isAscending(listOn(out, start))).as("%s: the list of '%s' is not ascending", lesson, start)
                    .isFalse();
        }
    }

    /** Checks that each of {@code words} is printed on a later line than the one before. */
    public static void assertPrintedInOrder(List<String> out, List<String> words) {
        int from = 0;
        for (String word : words) {
            int at = from;
            while (at < out.size() && !out.get(at).contains(word)) {
                at++;
            }
            assertThat(at).as("'%s' printed after line %d of%n%s", word, from, String.join("\n", out))
                    .isLessThan(out.size());
            from = at + 1;
        }
    }

    /** The numbers of the list {@code [a, b, …]} on the first printed line that starts with {@code start}. */
    public static List<Double> listOn(List<String> out, String start) {
        String line = out.stream().filter(l -> l.startsWith(start)).findFirst().orElse(null);
        assertThat(line).as("a line starting with '%s' in%n%s", start, String.join("\n", out)).isNotNull();
        String inside = line.substring(line.indexOf('[') + 1, line.lastIndexOf(']'));
        List<Double> numbers = new ArrayList<>();
        Arrays.stream(inside.split(",")).map(String::trim).map(Double::parseDouble).forEach(numbers::add);
        assertThat(numbers).as("the list on '%s'", line).hasSizeGreaterThanOrEqualTo(2);
        return numbers;
    }

    /**
     * Whether every number is at least each one before it, but for two within {@link #START_SKEW_SECONDS} of each
     * other, which tasks started a few milliseconds apart may finish in either order.
     */
    public static boolean isAscending(List<Double> numbers) {
        double highest = Double.NEGATIVE_INFINITY;
        for (double number : numbers) {
            if (number < highest - START_SKEW_SECONDS) {
                return false;
            }
            highest = Math.max(highest, number);
        }
        return true;
    }
}
