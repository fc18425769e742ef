package io.cloudimages.ratelimit.redis;

import io.cloudimages.CloudImages;
import io.cloudimages.ImageService;
import io.cloudimages.core.config.CloudConfig;
import io.cloudimages.testkit.example.ExampleCloud;
import io.cloudimages.testkit.example.provider.ExampleProvider;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A platform that chooses Redis in its configuration file, with no code. */
class ConfiguredByFileTest {

    private static TestRedis redis;
    private static RedisClient client;
    private static StatefulRedisConnection<String, String> watcher;
    private static ExampleCloud fake;
    private final CloudImages cloudImages = CloudImages.builder().register(new ExampleProvider()).build();

    @BeforeAll
    static void start() {
        redis = TestRedis.start();
        client = RedisClient.create(redis.uri().toString());
        watcher = client.connect();
        fake = ExampleCloud.withCatalogue(3).start();
    }

    @AfterAll
    static void stop() {
        fake.close();
        watcher.close();
        client.shutdown();
        redis.close();
    }

    private static CloudConfig config(String rateLimiter) {
        return CloudConfig.parse("""
                clouds:
                  a:
                    provider: example
                    region: ex-region-1
                    endpoint: %s
                    credentials: {source: explicit, accessKeyId: %s, secretKey: %s}
                  b:
                    provider: example
                    region: ex-region-2
                    endpoint: %s
                    credentials: {source: explicit, accessKeyId: %s, secretKey: %s}
                rateLimiter:
                %s
                """.formatted(fake.endpoint(), ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET, fake.endpoint(),
                ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET, rateLimiter.indent(2)), "clouds.yaml");
    }

    private static long clients() throws Exception {
        return watcher.async().clientList().get(2, TimeUnit.SECONDS).lines().count();
    }

    @Test
    void theServicesOfAFileKeepTheirLimitsInRedisOverOneConnectionClosedWithTheLastOfThem() throws Exception {
        CloudConfig config = config("backend: redis\nuri: " + redis.uri() + "\nkeyPrefix: by-file");
        long before = clients();
        ImageService a = config.open("a", cloudImages);
        ImageService b = config.open("b", cloudImages);

        a.importOsSupport();
        b.importOsSupport();

        assertThat(watcher.async().keys("by-file:example:*").get(2, TimeUnit.SECONDS)).isNotEmpty();
        assertThat(clients()).isEqualTo(before + 1);
        a.close();
        assertThat(clients()).isEqualTo(before + 1);
        b.close();
        awaitClients(before);
    }

    private static void awaitClients(long expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (clients() != expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(clients()).isEqualTo(expected);
    }

    @Test
    void aUriThatIsNotRedisIsReportedWithTheFileAndTheKeyBeforeAnythingIsOpened() {
        CloudConfig config = config("backend: redis\nuri: \"http://cache:6379\"");

        assertThatThrownBy(() -> config.open("a", cloudImages))
                .hasMessageContaining("clouds.yaml: rateLimiter: the redis backend takes a redis:// or rediss:// URI");
    }
}
