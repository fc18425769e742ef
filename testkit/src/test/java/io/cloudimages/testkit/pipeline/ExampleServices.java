package io.cloudimages.testkit.pipeline;

import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.pipeline.Backoff;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.testkit.example.ExampleCloud;
import io.cloudimages.testkit.example.provider.ExampleProvider;

import java.time.Duration;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Opens example-cloud services for the pipeline's tests. */
final class ExampleServices {

    static final Backoff FAST = new Backoff(Duration.ofMillis(5), Duration.ofMillis(50), Duration.ofMillis(200));

    private ExampleServices() {
    }

    static ImageService open(ExampleCloud fake, UnaryOperator<ProviderSettings.Builder> tuning) {
        ProviderSettings.Builder settings = ProviderSettings.builder()
                .region("ex-region-1")
                .endpoint(fake.endpoint())
                .credentials(Credentials.of(ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET))
                .extension(CoreSettings.RATE_LIMITER_BACKEND, RateLimiterBackend.newLocal())
                .extension(CoreSettings.BACKOFF, FAST);
        return CloudImages.builder().discover(false).register(new ExampleProvider()).build()
                .open(ExampleProvider.ID, tuning.apply(settings).build());
    }

    static ImportImageRequest importOf(String name) {
        return ImportImageRequest.builder()
                .imageUrl("https://bucket.example.com/" + name + ".qcow2")
                .name(name).osName("CentOS").osVersion("7").architecture(Architecture.X86_64)
                .build();
    }

    static String uniqueName() {
        return "img-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
