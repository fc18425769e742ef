package io.cloudimages.ratelimit.redis;

import io.cloudimages.core.ratelimit.RateLimitKey;
import io.cloudimages.core.ratelimit.RateLimitStoreUnavailableException;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.core.ratelimit.RateLimiterSettings;
import io.cloudimages.core.ratelimit.RequestRate;
import io.cloudimages.exception.InvalidRequestException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The backend against a real Redis, in this JVM. */
class RedisRateLimiterBackendTest {

    private static final RequestRate TEN = RequestRate.perSecond(10);
    private static final String SECRETISH_KEY_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";

    private static TestRedis redis;
    private static RedisClient client;
    private static StatefulRedisConnection<String, String> connection;

    @BeforeAll
    static void start() {
        redis = TestRedis.start();
        client = RedisClient.create(redis.uri().toString());
        connection = client.connect(); // Lettuce's first connection takes seconds: once for the class
    }

    @AfterAll
    static void stop() {
        connection.close();
        client.shutdown();
        redis.close();
    }

    private static RedisAsyncCommands<String, String> commands() {
        return connection.async();
    }

    private static RateLimiterSettings settings(String prefix) {
        return RateLimiterSettings.builder().backend(RedisRateLimiterFactory.ID).uri(redis.uri()).keyPrefix(prefix)
                .timeout(Duration.ofSeconds(2)).build();
    }

    private static RateLimiterBackend open(String prefix) {
        return new RedisRateLimiterFactory().open(settings(prefix));
    }

    private static RateLimitKey key(String account) {
        return new RateLimitKey("tencent-v3", account, "cvm.tencentcloudapi.com", "DescribeImages");
    }

    @Test
    void aBucketIsKeptUnderThePrefixWithAHashOfTheKeyIdNeverTheKeyIdItself() throws Exception {
        try (RateLimiterBackend backend = open("keys")) {
            assertThat(backend.acquire(key(SECRETISH_KEY_ID), TEN, Duration.ofSeconds(2))).isTrue();
        }

        List<String> keys = commands().keys("keys:*").get(2, TimeUnit.SECONDS);
        assertThat(keys).singleElement().satisfies(key -> {
            assertThat(key).matches("keys:tencent-v3:[0-9a-f]{16}:cvm\\.tencentcloudapi\\.com:DescribeImages");
            assertThat(key).doesNotContain(SECRETISH_KEY_ID).doesNotContain("AKID");
        });
    }

    @Test
    void anUnusedBucketExpires() throws Exception {
        try (RateLimiterBackend backend = open("expiry")) {
            backend.acquire(key("AKID-expiry"), TEN, Duration.ofSeconds(2));
        }

        String key = commands().keys("expiry:*").get(2, TimeUnit.SECONDS).get(0);
        assertThat(commands().pttl(key).get(2, TimeUnit.SECONDS)).isBetween(1L, 20_000L);
    }

    @Test
    void whenNoPermitIsFreeWithinTheWaitTheCallerIsRefusedAtOnce() throws Exception {
        try (RateLimiterBackend backend = open("refuse")) {
            assertThat(backend.acquire(key("AKID-refuse"), TEN, Duration.ZERO)).isTrue(); // the burst of one
            long start = System.nanoTime();

            assertThat(backend.acquire(key("AKID-refuse"), TEN, Duration.ofMillis(10))).isFalse();
            assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(1));
        }
    }

    @Test
    void twoAccountsDoNotShareABucket() throws Exception {
        try (RateLimiterBackend backend = open("accounts")) {
            assertThat(backend.acquire(key("AKID-one"), TEN, Duration.ZERO)).isTrue();
            assertThat(backend.acquire(key("AKID-one"), TEN, Duration.ZERO)).isFalse();

            assertThat(backend.acquire(key("AKID-two"), TEN, Duration.ZERO)).isTrue();
        }
    }

    @Test
    void twoBackendsOfOnePrefixShareTheBucketsAsTwoReplicasWould() throws Exception {
        try (RateLimiterBackend first = open("replicas"); RateLimiterBackend second = open("replicas")) {
            assertThat(first.acquire(key("AKID-shared"), TEN, Duration.ZERO)).isTrue();

            assertThat(second.acquire(key("AKID-shared"), TEN, Duration.ZERO)).isFalse();
        }
    }

    @Test
    void aWaitingCallerGetsTheNextSlotAboutATenthOfASecondLaterAtTenASecond() throws Exception {
        try (RateLimiterBackend backend = open("slots")) {
            backend.acquire(key("AKID-slots"), TEN, Duration.ZERO);
            long start = System.nanoTime();

            assertThat(backend.acquire(key("AKID-slots"), TEN, Duration.ofSeconds(2))).isTrue();
            // 9 tokens per 1.01 s: the next one is 112 ms away (a floor, not a timing claim)
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    @Test
    void aStoppedRedisIsReportedAsUnavailableAndPingFindsItBack() throws Exception {
        try (TestRedis own = TestRedis.start();
             RateLimiterBackend backend = new RedisRateLimiterFactory().open(RateLimiterSettings.builder()
                     .backend(RedisRateLimiterFactory.ID).uri(own.uri()).timeout(Duration.ofMillis(500)).build())) {
            backend.ping();
            own.stop();

            assertThatThrownBy(() -> backend.acquire(key("AKID-down"), TEN, Duration.ofSeconds(5)))
                    .isInstanceOf(RateLimitStoreUnavailableException.class)
                    .hasMessageContaining(own.uri().toString());
            assertThatThrownBy(backend::ping).isInstanceOf(RateLimitStoreUnavailableException.class);

            own.restart();
            awaitPing(backend);
            assertThat(backend.acquire(key("AKID-down"), TEN, Duration.ofSeconds(2))).isTrue();
        }
    }

    /** Lettuce reconnects within a couple of seconds of Redis coming back. */
    private static void awaitPing(RateLimiterBackend backend) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try {
                backend.ping();
                return;
            } catch (RateLimitStoreUnavailableException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }

    @Test
    void aRedisThatWasNeverUpIsUnavailableNotAHang() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (RateLimiterBackend backend = new RedisRateLimiterFactory().open(RateLimiterSettings.builder()
                .backend(RedisRateLimiterFactory.ID).uri(URI.create("redis://127.0.0.1:" + closedPort)).build())) {
            assertThatThrownBy(() -> backend.acquire(key("AKID-never"), TEN, Duration.ofSeconds(5)))
                    .isInstanceOf(RateLimitStoreUnavailableException.class)
                    .hasMessageContaining("cannot connect to redis://127.0.0.1:" + closedPort);
        }
    }

    @Test
    void onlyRedisUrisAreAccepted() {
        RateLimiterSettings http = RateLimiterSettings.builder().backend(RedisRateLimiterFactory.ID)
                .uri(URI.create("http://cache:6379")).build();

        assertThatThrownBy(() -> new RedisRateLimiterFactory().check(http))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("takes a redis:// or rediss:// URI");
    }
}
