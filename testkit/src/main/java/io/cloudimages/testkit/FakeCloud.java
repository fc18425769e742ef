package io.cloudimages.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The base of every fake cloud: an HTTP server on a loopback port that records every request,
 * counts arrivals per action over a sliding window and answers with the cloud's throttling
 * answer beyond the limit, injects scripted {@link Fault}s, and hands the rest to the cloud's
 * own logic (signature checks, the catalogue).
 *
 * <p>A request goes through: record, count against its action's sliding window, apply a fault
 * if one is due, answer "throttled" if the window is over its limit, {@link #handle} (which
 * checks the signature, then does the work).
 *
 * <p>Fakes need no test framework: the command line's simulator runs them too.
 */
public abstract class FakeCloud implements AutoCloseable {

    /**
     * When the images of a catalogue were made, and an image added without a creation time: a
     * fixed time, so that a listing reads the same on every run. An import takes the clock's time.
     */
    protected static final Instant CATALOGUE_CREATED = Instant.parse("2024-03-01T08:00:00Z");

    private static final int MAX_RECORDED = 200_000;

    static {
        // The JDK's server writes an answer's headers and body in two segments; with Nagle's
        // algorithm on, the body waits for the client's delayed ACK of the headers, 40 ms on
        // Linux, and every request to a fake would take that long. Read once, when the JDK's
        // server is first used, so it must be set before then; a user's own setting wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final String name;
    private final Map<String, Integer> limits = new ConcurrentHashMap<>();
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> throttled = new ConcurrentHashMap<>();
    private final Deque<RecordedRequest> recorded = new ArrayDeque<>();
    private final FaultPlan faults = new FaultPlan();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Following> timelines = new ConcurrentHashMap<>();
    private volatile Duration window = Duration.ofSeconds(1);
    private volatile Duration latency = Duration.ZERO;
    private volatile Clock clock = Clock.systemUTC();
    private HttpServer server;
    private ExecutorService executor;

    /**
     * @param name   the cloud's name, for thread names and messages
     * @param limits the cloud's published limit of each action, in requests per second
     */
    protected FakeCloud(String name, Map<String, Integer> limits) {
        this.name = name;
        this.limits.putAll(limits);
    }

    /** Starts listening on a free loopback port. */
    public synchronized FakeCloud start() {
        if (server != null) {
            return this;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake " + name, e);
        }
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-" + name + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::exchange);
        server.start();
        return this;
    }

    /** Where clients should send requests: {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        requireStarted();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public FaultPlan faults() {
        return faults;
    }

    /** Sets an action's limit in requests per sliding window; 0 lifts it. */
    public void limit(String action, int requestsPerWindow) {
        if (requestsPerWindow <= 0) {
            limits.remove(action);
        } else {
            limits.put(action, requestsPerWindow);
        }
    }

    /** The limit of an action, if it has one. */
    public Optional<Integer> limitOf(String action) {
        return Optional.ofNullable(limits.get(action));
    }

    /** Sets the sliding window the limits count over; one second by default. */
    public void window(Duration window) {
        this.window = window;
    }

    /**
     * How long the cloud takes over every answer, like a real cloud across a network; none by
     * default. Unlike a {@link Fault#delay} fault, limits still count and throttle.
     */
    public void latency(Duration latency) {
        this.latency = Objects.requireNonNull(latency, "latency");
    }

    /** The clock the fake checks timestamps and stamps its records with. */
    public Clock clock() {
        return clock;
    }

    public void clock(Clock clock) {
        this.clock = clock;
    }

    /**
     * From now on, by this fake's {@link #clock()}, the image answers with the states of the
     * timeline, and once the timeline removes it, the cloud no longer finds it.
     */
    public void timeline(String imageId, ImageTimeline timeline) {
        timelines.put(Objects.requireNonNull(imageId, "imageId"), new Following(timeline, clock.instant()));
    }

    /** For a fake answering about an image: whether its {@link #timeline} has removed it, so that the cloud no longer finds it. */
    protected boolean removed(String imageId) {
        Following following = timelines.get(imageId);
        return following != null && following.stateAt(clock.instant()).isEmpty();
    }

    /** For a fake answering about an image: its state now, the stored one unless it follows a {@link #timeline}. */
    protected String currentState(String imageId, String stored) {
        Following following = timelines.get(imageId);
        return following == null ? stored : following.stateAt(clock.instant()).orElse(stored);
    }

    /** Every request received, oldest first (the most recent {@value #MAX_RECORDED}). */
    public List<RecordedRequest> requests() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    /** The requests of one action, oldest first. */
    public List<RecordedRequest> requests(String action) {
        return requests().stream().filter(r -> action.equals(actionOf(r))).toList();
    }

    public void clearRequests() {
        synchronized (recorded) {
            recorded.clear();
        }
    }

    /** How many requests of this action were answered "throttled" because of the sliding-window limit. */
    public long throttledAnswers(String action) {
        AtomicLong count = throttled.get(action);
        return count == null ? 0 : count.get();
    }

    /** How many requests of any action were answered "throttled" because of a limit. */
    public long throttledAnswers() {
        return throttled.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** The most arrivals of this action seen in any sliding window so far. */
    public int maxArrivalsInAnyWindow(String action) {
        Window w = windows.get(action);
        return w == null ? 0 : w.max();
    }

    /** The per-action arrival peaks, for reports. */
    public Map<String, Integer> arrivalPeaks() {
        Map<String, Integer> peaks = new TreeMap<>();
        windows.forEach((action, w) -> peaks.put(action, w.max()));
        return peaks;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /**
     * Adds an image to the catalogue of a region, written as this cloud writes images (see
     * {@link CatalogueImage} for what a cloud cannot say), and answers the id the cloud gave it.
     * The contract suite's picking tests use it, and so can a provider's own tests. A fake of a
     * third party's cloud overrides it; this one refuses.
     *
     * @throws UnsupportedOperationException when this fake cannot add images, or its cloud cannot
     *                                       say something the image says (a deprecation, a type)
     * @throws IllegalArgumentException      when this fake does not serve the region
     */
    public String addImage(String region, CatalogueImage image) {
        throw new UnsupportedOperationException("the fake " + name + " cannot add images: override FakeCloud.addImage"
                + " to write a CatalogueImage as the cloud writes images");
    }

    /** The action a request asks for, read the cloud's way (a header, a parameter); null if none. */
    protected abstract String actionOf(RecordedRequest request);

    /** The cloud's answer to a request that passed the limits: check the signature, then do the work. */
    protected abstract FakeResponse handle(String action, RecordedRequest request);

    /** The cloud's answer when an action is over its rate limit. */
    protected abstract FakeResponse throttledAnswer(String action, RecordedRequest request);

    private void exchange(HttpExchange exchange) throws IOException {
        long arrival = System.nanoTime();
        RecordedRequest request;
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(Locale.ROOT), List.copyOf(values)));
            request = new RecordedRequest(sequence.incrementAndGet(), arrival, clock.instant(),
                    exchange.getRequestMethod(), exchange.getRequestURI(), Collections.unmodifiableMap(headers), body);
            record(request);
            String action = actionOf(request);
            boolean overLimit = action != null && overLimit(action, arrival);
            Optional<Fault> fault = faults.decide(action);
            FakeResponse response;
            if (fault.isPresent()) {
                response = respondWithFault(fault.get(), action, request);
                if (response == null) {
                    return;
                }
            } else if (overLimit) {
                throttled.computeIfAbsent(action, a -> new AtomicLong()).incrementAndGet();
                response = throttledAnswer(action, request);
            } else {
                response = handle(action, request);
            }
            pause(latency);
            send(exchange, response);
        }
    }

    /** The answer under a fault, or null when the connection is to be dropped. */
    private FakeResponse respondWithFault(Fault fault, String action, RecordedRequest request) {
        switch (fault.kind()) {
            case STATUS:
                return FakeResponse.text(fault.status(), fault.status() + " " + reason(fault.status()));
            case THROTTLE:
                return throttledAnswer(action, request);
            case MALFORMED_JSON:
                return FakeResponse.json(200, "<html><body>upstream returned an error page</body></html>");
            case DROP:
                throw new DroppedConnection();
            case DROP_AFTER_PROCESSING:
                handle(action, request);
                throw new DroppedConnection();
            case TRUNCATED_JSON: {
                FakeResponse full = handle(action, request);
                return new FakeResponse(full.status(), full.headers(), Arrays.copyOf(full.body(), full.body().length / 2));
            }
            case DELAY: {
                FakeResponse late = handle(action, request);
                pause(fault.delay());
                return late;
            }
            case ANSWER:
                return fault.rewritten(null);
            case REWRITE:
                return fault.rewritten(handle(action, request));
            default:
                throw new IllegalStateException("unknown fault " + fault);
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DroppedConnection();
        }
    }

    private boolean overLimit(String action, long arrival) {
        Integer limit = limits.get(action);
        Window w = windows.computeIfAbsent(action, a -> new Window());
        return w.arrive(arrival, limit == null ? Integer.MAX_VALUE : limit, window.toNanos());
    }

    private void record(RecordedRequest request) {
        synchronized (recorded) {
            if (recorded.size() >= MAX_RECORDED) {
                recorded.removeFirst();
            }
            recorded.addLast(request);
        }
    }

    private static void send(HttpExchange exchange, FakeResponse response) throws IOException {
        response.headers().forEach((key, value) -> exchange.getResponseHeaders().set(key, value));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 429 -> "Too Many Requests";
            default -> "Error";
        };
    }

    private void requireStarted() {
        if (server == null) {
            throw new IllegalStateException("the fake " + name + " is not started; call start()");
        }
    }

    /** A timeline an image follows, and since when. */
    private record Following(ImageTimeline timeline, Instant since) {
        Optional<String> stateAt(Instant now) {
            return timeline.stateAt(Duration.between(since, now));
        }
    }

    /** Arrivals of one action over the sliding window; counts every arrival, throttled ones too. */
    private static final class Window {
        private final Deque<Long> arrivals = new ArrayDeque<>();
        private int max;

        synchronized boolean arrive(long now, int limit, long windowNanos) {
            while (!arrivals.isEmpty() && now - arrivals.peekFirst() >= windowNanos) {
                arrivals.pollFirst();
            }
            boolean over = arrivals.size() >= limit;
            arrivals.addLast(now);
            max = Math.max(max, arrivals.size());
            return over;
        }

        synchronized int max() {
            return max;
        }
    }

    /** Thrown out of the handler: the JDK server then closes the connection without a byte. */
    private static final class DroppedConnection extends RuntimeException {
        DroppedConnection() {
            super("connection dropped by a fault", null, false, false);
        }
    }

    /** Helper for subclasses: UTF-8 bytes. */
    protected static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
