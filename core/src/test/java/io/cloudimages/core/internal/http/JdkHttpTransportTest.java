package io.cloudimages.core.internal.http;

import com.sun.net.httpserver.HttpServer;
import io.cloudimages.core.http.WireRequest;
import io.cloudimages.core.http.WireResponse;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.exception.ServiceUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdkHttpTransportTest {

    private static final ErrorContext AT = ErrorContext.of("p", "Action");

    private HttpServer server;
    private final AtomicReference<String> userAgent = new AtomicReference<>();
    private final AtomicReference<String> host = new AtomicReference<>();
    private volatile byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
    private volatile long delayMillis;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
            host.set(exchange.getRequestHeaders().getFirst("Host"));
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                return;
            }
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private WireResponse send(int cap, Duration deadline) {
        return JdkHttpTransport.shared(Duration.ofSeconds(2), cap)
                .send(WireRequest.post(uri(), Map.of("Content-Type", "application/json"), "{}".getBytes()), deadline, AT);
    }

    @Test
    void sendsTheLibrarysUserAgentAndTheUrisHost() {
        WireResponse response = send(1024, Duration.ofSeconds(5));

        assertThat(response.status()).isEqualTo(200);
        assertThat(userAgent.get()).isEqualTo("cloudimages/" + UserAgent.version());
        assertThat(host.get()).isEqualTo(WireRequest.hostOf(uri()));
    }

    @Test
    void anAnswerLargerThanTheCapIsAProtocolError() {
        answer = new byte[4096];

        assertThatThrownBy(() -> send(1024, Duration.ofSeconds(5)))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("1024-byte cap");
    }

    @Test
    void aSlowServerFailsTheRequestAtItsDeadline() {
        delayMillis = 3_000;

        assertThatThrownBy(() -> send(1024, Duration.ofMillis(200)))
                .isInstanceOfSatisfying(ServiceUnavailableException.class, e -> assertThat(e.requestSent()).isTrue())
                .hasMessageContaining("within 200 ms");
    }

    @Test
    void aRefusedConnectionIsReportedAsNotSent() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        WireRequest request = WireRequest.post(URI.create("http://127.0.0.1:" + closedPort + "/"), Map.of(), new byte[0]);

        assertThatThrownBy(() -> JdkHttpTransport.shared(Duration.ofSeconds(2), 1024).send(request, Duration.ofSeconds(2), AT))
                .isInstanceOfSatisfying(ServiceUnavailableException.class, e -> assertThat(e.requestSent()).isFalse())
                .hasMessageContaining("could not connect");
    }

    @Test
    void plainHttpToARemoteHostIsNeverSent() {
        WireRequest request = WireRequest.post(URI.create("http://cvm.tencentcloudapi.com/"), Map.of(), new byte[0]);

        assertThatThrownBy(() -> JdkHttpTransport.shared(Duration.ofSeconds(2), 1024).send(request, Duration.ofSeconds(2), AT))
                .isInstanceOf(InvalidRequestException.class);
    }
}
