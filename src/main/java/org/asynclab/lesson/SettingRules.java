package org.asynclab.lesson;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.asynclab.model.InvalidSettingException;

/**
 * The words of a run the model refuses although each setting is in range: too many tasks for mode threads or for
 * http tasks, http tasks with a counter, a semaphore or a deadline, a deadline with a counter. The model words them
 * in English only ({@link InvalidSettingException}); a rule is known here by those words, which its phrase gives in
 * English exactly, so a rule the model words otherwise, or a new one, keeps the model's English, never a French
 * that might say something else.
 */
final class SettingRules {
    private SettingRules() {
    }

    /**
     * The problem of {@code refused}, blamed on the field it names when {@code blame} gives it, else on the run as a
     * whole ("tasks must be at most 20,000 in mode threads …" when the delays' count gave the tasks).
     *
     * @param tasks the run's task count, which the model's words show
     */
    static ScenarioException refusal(InvalidSettingException refused, FieldReader blame, int tasks) {
        String field = refused.field();
        String message = refused.getMessage();
        // the model starts its words with the setting: "kind http does not …", "deadline must not …"
        Optional<Phrase> rule = known(tasks).stream()
                .filter(words -> message.equals(field + " " + words.in(Locale.ENGLISH))).findFirst();
        if (rule.isPresent()) {
            return blame.has(field) ? blame.problem(field, rule.get())
                    : blame.problemWithWhole(Phrase.of("run.setting", field, rule.get()));
        }
        if (!blame.has(field)) {
            return blame.problemWithWhole(Phrase.asIs(message));
        }
        // the field is named by the message's start: "kind http does not …" as "kind" http does not …
        String words = message.startsWith(field + " ") ? message.substring(field.length() + 1) : message;
        int verb = words.indexOf(" must ");
        return blame.problem(field, Phrase.asIs(verb < 0 ? words : words.substring(verb + 1)));
    }

    private static List<Phrase> known(int tasks) {
        String got = String.valueOf(tasks);
        return List.of(Phrase.got(Ranges.TASKS_IN_THREADS, got), Phrase.got(Ranges.TASKS_OF_HTTP, got),
                Phrase.of("rule.httpAlone"), Phrase.of("rule.deadlineWithCounter"));
    }
}
