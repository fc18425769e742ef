package io.cloudimages.testkit.example;

import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.OsFamily;
import io.cloudimages.model.OsSupport;
import io.cloudimages.testkit.example.provider.ExampleProvider;

/**
 * Lists images from the simulated example cloud through the public API, the way a platform would:
 * {@code mvn -B -q -DskipTests -pl testkit -am verify -Pdemo}.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        try (ExampleCloud cloud = ExampleCloud.withCatalogue(250).start()) {
            CloudImages clouds = CloudImages.builder().register(new ExampleProvider()).build();
            ProviderSettings settings = ProviderSettings.builder()
                    .region("ex-region-1")
                    .endpoint(cloud.endpoint())
                    .credentials(Credentials.of(ExampleCloud.TEST_KEY_ID, ExampleCloud.TEST_SECRET))
                    .build();
            try (ImageService images = clouds.open(ExampleProvider.ID, settings)) {
                System.out.printf("%-10s %-36s %-20s %-8s %-7s %-12s%n", "ID", "NAME", "OS", "VERSION", "ARCH", "TYPE");
                images.list(ImageQuery.builder().osFamilies(OsFamily.TENCENTOS, OsFamily.UBUNTU).build())
                        .limit(12)
                        .forEach(Demo::print);
                OsSupport support = images.importOsSupport();
                System.out.printf("%nImportable CentOS 7 x86_64: %s%n",
                        support.isImportable(OsFamily.CENTOS, "7", io.cloudimages.model.Architecture.X86_64));
                System.out.printf("Requests the fake received: %d, throttled: %d%n", cloud.requests().size(),
                        cloud.throttledAnswers());
            }
        }
    }

    private static void print(Image image) {
        System.out.printf("%-10s %-36s %-20s %-8s %-7s %-12s%n", image.id(), image.name(), image.os().family().displayName(),
                image.os().version(), image.os().architecture().id(), image.type().id());
    }
}
