package io.cloudimages.benchmarks;

import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.ratelimit.RequestRate;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageType;
import io.cloudimages.testkit.FakeCloud;
import io.cloudimages.testkit.example.ExampleCloud;
import io.cloudimages.testkit.example.provider.ExampleProvider;
import io.cloudimages.testkit.qcloud.FakeQcloudLegacy;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import io.cloudimages.testkit.ucloud.FakeUcloud;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/** The three built-in providers, each against its fake cloud on loopback, the way the benchmarks use them. */
final class BenchClouds {

    static final List<String> PROVIDERS = List.of("tencent-v3", "tencent-legacy", "ucloud");

    /** A private-image query that one call answers: one type, one page of at most 100. */
    static final ImageQuery ONE_PAGE_OF_PRIVATE_IMAGES = privateImages(100);

    private BenchClouds() {
    }

    /** A private-image query that one call answers: one type, one page of at most {@code pageSize}. */
    static ImageQuery privateImages(int pageSize) {
        return ImageQuery.builder().types(ImageType.PRIVATE).includeDeprecated(true).pageSize(pageSize).build();
    }

    /** A fake and a service on it; closing closes both. */
    record Opened(String provider, String region, FakeCloud fake, ImageService service) implements AutoCloseable {
        @Override
        public void close() {
            service.close();
            fake.close();
        }
    }

    /** The region each provider's fake serves by default. */
    static String defaultRegion(String provider) {
        return switch (provider) {
            case "tencent-v3", "tencent-legacy" -> "ap-guangzhou";
            case "ucloud" -> FakeUcloud.REGION;
            default -> throw new IllegalArgumentException("no fake for provider " + provider);
        };
    }

    /** The action that lists images. */
    static String listAction(String provider) {
        return provider.equals("ucloud") ? FakeUcloud.DESCRIBE_IMAGE : FakeTencentCloud.DESCRIBE_IMAGES;
    }

    /**
     * Starts a fake of the provider's cloud serving {@code region} with at least {@code generated}
     * more private images, and opens a service on it with rate limiters of its own.
     */
    static Opened open(String provider, String region, int generated, UnaryOperator<ProviderSettings.Builder> adjust) {
        FakeCloud fake = switch (provider) {
            case "tencent-v3" -> {
                FakeTencentCloud tencent = new FakeTencentCloud();
                tencent.addCredentials(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY);
                tencent.addPublicImages(region);
                // half of the generated images are private
                tencent.addGeneratedImages(region, 2 * generated);
                yield tencent;
            }
            case "tencent-legacy" -> {
                FakeQcloudLegacy legacy = FakeQcloudLegacy.withSeedCatalogue();
                // a quarter of the generated images are private
                legacy.addGeneratedImages(4 * generated);
                yield legacy;
            }
            case "ucloud" -> {
                FakeUcloud ucloud = FakeUcloud.withDefaultCatalogue(region);
                ucloud.addGeneratedImages(generated);
                yield ucloud;
            }
            default -> throw new IllegalArgumentException("no fake for provider " + provider);
        };
        fake.start();
        return new Opened(provider, region, fake, serviceOn(fake, provider, region,
                settings -> adjust.apply(settings.extension(CoreSettings.RATE_LIMITER_BACKEND, RateLimiterBackend.newLocal()))));
    }

    /** Opens another service on a running fake, with the test keys of the provider's fake. */
    static ImageService serviceOn(FakeCloud fake, String provider, String region, UnaryOperator<ProviderSettings.Builder> adjust) {
        Credentials credentials = switch (provider) {
            case "tencent-v3" -> Credentials.of(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY);
            case "tencent-legacy" -> Credentials.of(FakeQcloudLegacy.TEST_SECRET_ID, FakeQcloudLegacy.TEST_SECRET_KEY);
            case "ucloud" -> Credentials.of(FakeUcloud.TEST_PUBLIC_KEY, FakeUcloud.TEST_PRIVATE_KEY);
            default -> throw new IllegalArgumentException("no fake for provider " + provider);
        };
        ProviderSettings.Builder settings = ProviderSettings.builder()
                .region(region)
                .endpoint(fake.endpoint())
                .credentials(credentials)
                .callTimeout(Duration.ofMinutes(5));
        return CloudImages.discover().open(provider, adjust.apply(settings).build());
    }

    /**
     * Opens the example provider on its fake with one action's limit set, the other settings left
     * at their defaults (retries, deadlines), and a rate limiter of its own, so every run starts cold.
     */
    static ImageService exampleService(ExampleCloud fake, String action, int limit) {
        ProviderSettings settings = ProviderSettings.builder()
                .region("bench")
                .endpoint(fake.endpoint())
                .credentials(Credentials.of(ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET))
                .rateLimit(action, limit)
                .extension(CoreSettings.RATE_LIMITER_BACKEND, RateLimiterBackend.newLocal())
                .build();
        return CloudImages.builder().discover(false).register(new ExampleProvider()).build()
                .open(ExampleProvider.ID, settings);
    }

    /** Lifts the listing action's limit, on the fake and the client, so that a benchmark measures cost, not waiting. */
    static Opened openUnthrottled(String provider, int generated) {
        String action = listAction(provider);
        Opened opened = open(provider, defaultRegion(provider), generated,
                settings -> settings.rateLimit(action, RequestRate.MAX_LIMIT));
        opened.fake().limit(action, 0);
        return opened;
    }
}
