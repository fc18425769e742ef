package io.cloudimages;

import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.ImportResult;
import io.cloudimages.model.Page;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An image service whose answers to {@code get} a test scripts one by one (the last one repeats), on
 * a clock that only its sleeper moves: a wait of minutes takes no time.
 */
final class ScriptedImages implements ImageService {

    static final String ID = "img-waited1";

    final TestClock clock = new TestClock();
    final List<String> gets = new ArrayList<>();
    final List<ImageQuery> listings = new ArrayList<>();
    final List<ImportImageRequest> imports = new ArrayList<>();
    private final Deque<Supplier<Optional<Image>>> answers = new ArrayDeque<>();
    private ImportResult importAnswer = ImportResult.performed("scripted", "region-1", ID, "req-1");
    private List<Image> listed = List.of();

    /** The next polls see the image in these states, the last one from then on. */
    ScriptedImages states(ImageState... states) {
        for (ImageState state : states) {
            shows(image(state, state.name()));
        }
        return this;
    }

    /** The next poll finds this image. */
    ScriptedImages shows(Image image) {
        answers.add(() -> Optional.of(image));
        return this;
    }

    /** The next poll does not find the image. */
    ScriptedImages notFound() {
        answers.add(Optional::empty);
        return this;
    }

    /** The next poll fails with this error. */
    ScriptedImages fails(RuntimeException error) {
        answers.add(() -> {
            throw error;
        });
        return this;
    }

    ScriptedImages importAnswers(ImportResult result) {
        importAnswer = result;
        return this;
    }

    /** What a listing answers. */
    ScriptedImages lists(Image... images) {
        listed = List.of(images);
        return this;
    }

    ImageWaiter.Builder waiting() {
        return ImageWaiter.builder(this).clock(clock).sleeper(clock);
    }

    static Image image(ImageState state, String rawState) {
        return Image.builder().provider("scripted").region("region-1").id(ID).name("golden").type(ImageType.PRIVATE)
                .state(state).rawState(rawState).build();
    }

    @Override
    public String provider() {
        return "scripted";
    }

    @Override
    public String region() {
        return "region-1";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.allOf(Capability.class);
    }

    @Override
    public Page<Image> listPage(ImageQuery query, String cursor) {
        listings.add(query);
        return Page.last(listed.stream().filter(query::matches).toList());
    }

    @Override
    public Optional<Image> get(String imageId) {
        gets.add(imageId);
        Supplier<Optional<Image>> answer = answers.size() > 1 ? answers.poll() : answers.peek();
        return answer.get();
    }

    @Override
    public ImportResult importImage(ImportImageRequest request) {
        imports.add(request);
        return importAnswer;
    }

    @Override
    public void close() {
    }

    /** A clock that stands still but for the sleeps, which it records. */
    static final class TestClock extends Clock implements ImageWaiter.Sleeper {
        final List<Duration> sleeps = new ArrayList<>();
        private Instant now = Instant.parse("2025-01-01T00:00:00Z");

        @Override
        public void sleep(Duration duration) {
            sleeps.add(duration);
            now = now.plus(duration);
        }

        Duration slept() {
            return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the waiter needs no zone");
        }
    }
}
