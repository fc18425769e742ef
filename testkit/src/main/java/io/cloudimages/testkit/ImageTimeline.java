package io.cloudimages.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an image's state moves on in a fake cloud: a state to start in, then each later state after
 * a delay, written as the cloud writes it ({@code IMPORTING}, {@code NORMAL}, {@code IMPORTFAILED};
 * {@code Making}, {@code Available}, {@code Unavailable}), and perhaps the image removed at the end.
 * A fake follows it on its own {@link FakeCloud#clock()}, so that a test moves time on instead of
 * sleeping:
 *
 * <pre>{@code
 * fake.importTimeline(ImageTimeline.startingAs("IMPORTING").then(Duration.ofMinutes(4), "NORMAL"));
 * }</pre>
 *
 * <p>Immutable: each step answers a new timeline.
 */
public final class ImageTimeline {

    /** A state from a moment on; a null state is the image removed. */
    private record Step(Duration from, String state) {
    }

    private final List<Step> steps;

    private ImageTimeline(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** An image in this state from the start. */
    public static ImageTimeline startingAs(String state) {
        return new ImageTimeline(List.of(new Step(Duration.ZERO, Objects.requireNonNull(state, "state"))));
    }

    /** Then, once the previous state has lasted {@code after}, this state. */
    public ImageTimeline then(Duration after, String state) {
        return plus(after, Objects.requireNonNull(state, "state"));
    }

    /** Then, once the previous state has lasted {@code after}, the cloud no longer finds the image. */
    public ImageTimeline thenRemoved(Duration after) {
        return plus(after, null);
    }

    /** The state after this long; empty once the image is removed. */
    public Optional<String> stateAt(Duration elapsed) {
        String state = steps.get(0).state();
        for (Step step : steps) {
            if (step.from().compareTo(elapsed) <= 0) {
                state = step.state();
            }
        }
        return Optional.ofNullable(state);
    }

    private ImageTimeline plus(Duration after, String state) {
        Step last = steps.get(steps.size() - 1);
        if (last.state() == null) {
            throw new IllegalStateException("the image is removed by then; a removed image has no later state");
        }
        if (after.isNegative()) {
            throw new IllegalArgumentException("a state cannot last a negative time: " + after);
        }
        List<Step> more = new ArrayList<>(steps);
        more.add(new Step(last.from().plus(after), state));
        return new ImageTimeline(more);
    }

    @Override
    public String toString() {
        return "ImageTimeline" + steps;
    }
}
