package io.cloudimages.examples;

import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.tencent.FakeTencentCloud;

/** The README's "Testing with the fake clouds" example: a fake Tencent Cloud, a fault, and what it recorded. */
public final class TestingWithFakes {

    private TestingWithFakes() {
    }

    public static void main(String[] args) {
        // tag::fake[]
        try (FakeTencentCloud fake = FakeTencentCloud.withDefaultCatalogue().start();
             ImageService images = CloudImages.discover().open("tencent-v3", ProviderSettings.builder()
                     .region("ap-guangzhou")
                     .endpoint(fake.endpoint())                                   // http://127.0.0.1:<port>
                     .credentials(Credentials.of(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY))
                     .build())) {
            fake.faults().forAction(FakeTencentCloud.DESCRIBE_IMAGES).next(Fault.status(503));   // retried
            images.list().forEach(image -> System.out.println(image.id()));
            System.out.println(fake.requests(FakeTencentCloud.DESCRIBE_IMAGES).size());         // 2
        }
        // end::fake[]
    }
}
