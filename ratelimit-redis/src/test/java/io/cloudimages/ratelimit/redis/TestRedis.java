package io.cloudimages.ratelimit.redis;

import redis.embedded.RedisExecProvider;
import redis.embedded.RedisServer;
import redis.embedded.util.Architecture;
import redis.embedded.util.OS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A real Redis server on a free loopback port, for tests and benchmarks: the machine's
 * {@code redis-server} when it is on the PATH, otherwise the statically linked Redis 7.0.15 that
 * {@code org.signal:embedded-redis} ships. It can be stopped and started again on the same port,
 * to play an outage. Nothing is saved to disk.
 */
public final class TestRedis implements AutoCloseable {

    private final int port;
    private final RedisServer server;

    private TestRedis(int port) throws IOException {
        this.port = port;
        RedisExecProvider executable = RedisExecProvider.defaultProvider();
        Optional<Path> installed = onPath("redis-server");
        if (installed.isPresent()) {
            for (Architecture arch : Architecture.values()) {
                executable = executable.override(OS.UNIX, arch, installed.get().toString());
            }
        }
        this.server = RedisServer.builder().redisExecProvider(executable).port(port)
                .setting("bind 127.0.0.1").setting("save \"\"").setting("appendonly no").build();
    }

    /** Starts a server on a free port. */
    public static TestRedis start() {
        try {
            TestRedis redis = new TestRedis(freePort());
            redis.server.start();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri() {
        return URI.create("redis://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    /** Stops the server; {@link #restart()} brings it back, empty, on the same port. */
    public void stop() {
        server.stop();
    }

    public void restart() {
        server.start();
    }

    @Override
    public void close() {
        if (server.isActive()) {
            server.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        return path == null ? Optional.empty() : Arrays.stream(path.split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }
}
