package org.asynclab.chart.render;

import org.asynclab.model.TaskTimeline;

/** A marker's word and a duration, formatted again only when either changes. */
final class CachedText {
    private final ChartLabels.Key word;
    private long value = TaskTimeline.NOT_YET - 1;
    private ChartLabels words;
    private String text = "";

    CachedText(ChartLabels.Key word) {
        this.word = word;
    }

    String of(ChartLabels labels, long nanos) {
        if (nanos != value || labels != words) {
            value = nanos;
            words = labels;
            text = labels.get(word) + " " + labels.duration(nanos);
        }
        return text;
    }
}
