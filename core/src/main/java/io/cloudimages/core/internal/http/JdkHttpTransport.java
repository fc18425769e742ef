package io.cloudimages.core.internal.http;

import io.cloudimages.core.http.Endpoints;
import io.cloudimages.core.http.WireRequest;
import io.cloudimages.core.http.WireResponse;
import io.cloudimages.core.internal.text.Durations;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.exception.ServiceUnavailableException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends {@link WireRequest}s with the JDK's {@link HttpClient}: one attempt each, within a
 * deadline that covers the whole exchange, with a cap on the response size. It never retries:
 * retries belong to the pipeline, above the rate limiter, where every attempt takes a permit.
 */
public final class JdkHttpTransport {

    private static final Map<Duration, HttpClient> SHARED_CLIENTS = new ConcurrentHashMap<>();

    private final HttpClient client;
    private final int maxResponseBytes;

    JdkHttpTransport(HttpClient client, int maxResponseBytes) {
        this.client = client;
        this.maxResponseBytes = maxResponseBytes;
    }

    /** A transport on a client shared by every transport with the same connect timeout. */
    public static JdkHttpTransport shared(Duration connectTimeout, int maxResponseBytes) {
        return new JdkHttpTransport(SHARED_CLIENTS.computeIfAbsent(connectTimeout, JdkHttpTransport::newClient),
                maxResponseBytes);
    }

    private static HttpClient newClient(Duration connectTimeout) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        ProxySelector proxies = ProxySelector.getDefault();
        if (proxies != null) {
            builder.proxy(proxies);
        }
        return builder.build();
    }

    /**
     * Sends one request and waits at most {@code deadline} for the complete answer.
     *
     * @throws ServiceUnavailableException when no connection could be made ({@code requestSent()}
     *                                     is false), or the deadline passed or the connection failed
     *                                     after the request may have been sent
     * @throws ProtocolException           when the answer is larger than the cap
     */
    public WireResponse send(WireRequest request, Duration deadline, ErrorContext context) {
        Endpoints.requireAllowed(request.uri());
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri())
                .timeout(deadline)
                .method(request.method(), request.body().length == 0 && request.method().equals("GET")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()))
                .header("User-Agent", UserAgent.value());
        if ("http".equalsIgnoreCase(request.uri().getScheme())) {
            // no h2c upgrade dance with loopback fakes: plain HTTP/1.1
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        request.headers().forEach(builder::header);

        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(builder.build(), info -> new CappedBodySubscriber(maxResponseBytes, info.headers()
                        .firstValueAsLong("content-length").orElse(-1)));
        try {
            HttpResponse<byte[]> response = future.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            return new WireResponse(response.statusCode(), response.headers().map(), response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ServiceUnavailableException("no complete answer from " + request.host() + " within "
                    + Durations.describe(deadline), context, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("interrupted while waiting for " + request.host());
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            throw classify(e.getCause(), request, deadline, context);
        }
    }

    private static RuntimeException classify(Throwable cause, WireRequest request, Duration deadline, ErrorContext context) {
        if (cause instanceof ResponseTooLargeException tooLarge) {
            return new ProtocolException(tooLarge.getMessage(), context, tooLarge);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return ServiceUnavailableException.notSent("could not connect to " + request.host() + " within the connect timeout",
                    context, cause);
        }
        if (cause instanceof ConnectException || cause instanceof UnresolvedAddressException
                || cause.getCause() instanceof UnresolvedAddressException) {
            return ServiceUnavailableException.notSent("could not connect to " + request.host() + ": "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), context, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new ServiceUnavailableException("no answer from " + request.host() + " within " + Durations.describe(deadline),
                    context, cause);
        }
        if (cause instanceof IOException) {
            return new ServiceUnavailableException("the connection to " + request.host() + " failed: "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), context, cause);
        }
        return new ServiceUnavailableException("the request to " + request.host() + " failed: " + cause, context, cause);
    }

    /** Collects the body, failing as soon as it grows past the cap instead of buffering it all. */
    private static final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final long declaredLength;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBodySubscriber(int max, long declaredLength) {
            this.max = max;
            this.declaredLength = declaredLength;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (declaredLength > max) {
                subscription.cancel();
                result.completeExceptionally(new ResponseTooLargeException(declaredLength, max));
                return;
            }
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if ((long) buffer.size() + item.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new ResponseTooLargeException(-1, max));
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                buffer.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(buffer.toByteArray());
        }
    }

    static final class ResponseTooLargeException extends IOException {
        ResponseTooLargeException(long declared, int max) {
            super("the answer is larger than the " + max + "-byte cap"
                    + (declared > 0 ? " (it declares " + declared + " bytes)" : ""));
        }
    }
}
