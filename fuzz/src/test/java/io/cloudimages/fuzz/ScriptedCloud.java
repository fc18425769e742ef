package io.cloudimages.fuzz;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudimages.fuzz.AnswerScript.Answer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A cloud on a loopback port that says whatever a fuzz input scripts, for as many runs as the
 * fuzzer makes: one server for the whole JVM, and each run (one execution of a fuzz test) under a
 * path of its own, {@code /run-N}, so that a client left over from an earlier run can never take
 * the answers of the current one.
 *
 * <p>A run answers at most {@link #MAX_REQUESTS} requests; past that it answers 503 and records
 * what its client was doing, so that a client that would page forever ends, and the harness can
 * tell it did.
 */
final class ScriptedCloud {

    /** More requests than any operation needs, unless it goes on paging through a cloud that repeats itself. */
    static final int MAX_REQUESTS = 200;

    private static ScriptedCloud shared;

    static {
        // the JDK's server writes headers and body in two segments: without TCP_NODELAY every answer waits
        // 40 ms for the client's delayed ACK (the testkit's fakes set the same)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final AtomicLong numbers = new AtomicLong();

    private ScriptedCloud() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on a loopback port", e);
        }
        // no executor: the server's own thread answers, one hand-over fewer per request (a run's requests
        // come one at a time anyway)
        server.createContext("/", this::exchange);
        server.start();
    }

    /** The JVM's scripted cloud, started on first use; it stops with the JVM. */
    static synchronized ScriptedCloud shared() {
        if (shared == null) {
            shared = new ScriptedCloud();
        }
        return shared;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** A run that answers with the script. */
    Run play(AnswerScript script) {
        return register(new Run(this, "run-" + numbers.incrementAndGet(), script, null));
    }

    /**
     * A run that passes every request on to a real server, the testkit's fakes, and records what
     * it answered: how the fuzz targets are seeded with real answers.
     */
    Run relay(URI target) {
        return register(new Run(this, "run-" + numbers.incrementAndGet(), null, target));
    }

    private Run register(Run run) {
        runs.put(run.name, run);
        return run;
    }

    /** One run's answers and what its client asked. */
    static final class Run implements AutoCloseable {
        private final ScriptedCloud cloud;
        private final String name;
        private final AnswerScript script;
        private final URI relayTarget;
        private final AtomicInteger requests = new AtomicInteger();
        private final List<Answer> served = Collections.synchronizedList(new ArrayList<>());
        private volatile Thread client;
        private volatile AskedPastTheLimit clientAtLimit;

        private Run(ScriptedCloud cloud, String name, AnswerScript script, URI relayTarget) {
            this.cloud = cloud;
            this.name = name;
            this.script = script;
            this.relayTarget = relayTarget;
        }

        /** The base URL of this run: the endpoint to give the provider. */
        URI endpoint() {
            return URI.create("http://127.0.0.1:" + cloud.port() + "/" + name);
        }

        /** Whether a connection to this address goes to this cloud. */
        boolean isThisCloud(String host, int port) {
            return port == cloud.port() && (host.equals("127.0.0.1") || host.equals("localhost"));
        }

        /** The thread whose stack to record when the run's requests pass the limit. */
        void client(Thread thread) {
            this.client = thread;
        }

        int requests() {
            return requests.get();
        }

        /** The answers given, in order; the answers of a relay run are the real server's. */
        List<Answer> served() {
            synchronized (served) {
                return List.copyOf(served);
            }
        }

        /** Where the client was when it asked past {@link #MAX_REQUESTS}; null while it has not. */
        AskedPastTheLimit clientAtLimit() {
            return clientAtLimit;
        }

        @Override
        public void close() {
            cloud.runs.remove(name);
        }

        private Answer answer(HttpExchange exchange, byte[] requestBody) throws IOException {
            int index = requests.getAndIncrement();
            if (index >= MAX_REQUESTS) {
                Thread thread = client;
                if (clientAtLimit == null) {
                    AskedPastTheLimit where = new AskedPastTheLimit();
                    where.setStackTrace(thread == null ? new StackTraceElement[0] : thread.getStackTrace());
                    clientAtLimit = where;
                }
                return new Answer(503, Map.of("Content-Type", "text/plain"),
                        "the scripted cloud answers no more than its limit of requests".getBytes(StandardCharsets.UTF_8), 0);
            }
            Answer answer = relayTarget != null ? forward(exchange, requestBody) : script.answerTo(index);
            served.add(answer);
            return answer;
        }

        /**
         * Passes the request on over a plain socket, Host header and path unchanged, so that the
         * real server checks the signature the client made for this endpoint.
         */
        private Answer forward(HttpExchange exchange, byte[] body) throws IOException {
            try (Socket socket = new Socket(relayTarget.getHost(), relayTarget.getPort())) {
                socket.setSoTimeout(10_000);
                StringBuilder head = new StringBuilder()
                        .append(exchange.getRequestMethod()).append(' ').append(exchange.getRequestURI().toString())
                        .append(" HTTP/1.1\r\n");
                exchange.getRequestHeaders().forEach((header, values) -> {
                    String lower = header.toLowerCase(Locale.ROOT);
                    if (!lower.equals("connection") && !lower.equals("content-length") && !lower.equals("transfer-encoding")
                            && !lower.equals("upgrade") && !lower.equals("http2-settings")) {
                        values.forEach(value -> head.append(header).append(": ").append(value).append("\r\n"));
                    }
                });
                head.append("Connection: close\r\nContent-Length: ").append(body.length).append("\r\n\r\n");
                OutputStream out = socket.getOutputStream();
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                return parse(socket.getInputStream().readAllBytes());
            }
        }

        /** A whole HTTP/1.1 answer with a fixed length or none, as the testkit's fakes send them. */
        private static Answer parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                String header = lines[i].substring(0, colon).strip();
                for (String kept : AnswerScript.HEADERS) {
                    if (kept.equalsIgnoreCase(header)) {
                        headers.put(kept, lines[i].substring(colon + 1).strip());
                    }
                }
            }
            return new Answer(status, headers, Arrays.copyOfRange(raw, end + 4, raw.length), 0);
        }
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] requestBody = readAll(exchange.getRequestBody());
            String path = exchange.getRequestURI().getPath();
            String[] segments = path.split("/", 3);
            Run run = segments.length > 1 ? runs.get(segments[1]) : null;
            if (run == null) {
                // a client of a run that is over: it gets nothing
                throw new DroppedConnection();
            }
            send(exchange, run.answer(exchange, requestBody));
        }
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        if (answer.dropped()) {
            throw new DroppedConnection();
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = answer.body();
        if (answer.status() == 204 || answer.status() == 304) {
            // the JDK's server sends these without a body whatever it is told
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        long declared = answer.chunked() ? 0 : answer.truncated() ? body.length + 1 : body.length == 0 ? -1 : body.length;
        exchange.sendResponseHeaders(answer.status(), declared);
        if (declared == -1) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        out.write(body);
        out.flush();
        // closing a fixed-length stream that is short of what it declared closes the connection
        out.close();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    /** Where a client was when it asked one request past the limit: a stack, not an exception. */
    static final class AskedPastTheLimit extends Throwable {
        AskedPastTheLimit() {
            super("request " + (MAX_REQUESTS + 1) + " of one operation was asked from here", null, false, true);
        }
    }

    /** Thrown out of the handler: the JDK's server then closes the connection without a byte. */
    private static final class DroppedConnection extends RuntimeException {
        DroppedConnection() {
            super("connection dropped", null, false, false);
        }
    }
}
