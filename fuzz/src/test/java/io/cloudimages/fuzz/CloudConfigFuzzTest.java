package io.cloudimages.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cloudimages.CloudImages;
import io.cloudimages.ImageService;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.config.CloudConfig;
import io.cloudimages.core.credentials.HostEnvironment;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A configuration file, whatever it holds, is read ({@link CloudConfig#load}) and its clouds
 * checked and opened, or it is refused with the configuration error, {@link InvalidRequestException},
 * or another {@link CloudImagesException} (an opened cloud's credentials missing): nothing else
 * escapes, and nothing takes more than {@link #DEADLINE}. The input is the file's bytes.
 *
 * <p>Clouds are opened with an empty environment and home directory, so that no credential of
 * the machine that fuzzes is read.
 *
 * <p>A longer run: see the README's "Fuzzing" section. Findings land in
 * {@code src/test/resources/io/cloudimages/fuzz/CloudConfigFuzzTestInputs/everyFileIsReadOrRefusedWithAConfigurationError/}.
 */
class CloudConfigFuzzTest {

    static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final CloudImages CLOUD_IMAGES = CloudImages.discover();
    private static final Path DIRECTORY = temporaryDirectory();
    private static final HostEnvironment NOBODY = HostEnvironment.of(Map.of(), DIRECTORY.resolve("home"), DIRECTORY.resolve("root"));

    @MethodSource("examples")
    @DictionaryEntries({"clouds:", "provider:", "region:", "endpoint:", "credentials:", "rateLimits:", "timeouts:",
            "maxAttempts:", "properties:", "source:", "profile:", "accessKeyId:", "secretKey:", "sessionToken:", "projectId:",
            "connect:", "request:", "call:", "tencent-v3", "tencent-legacy", "ucloud", "explicit", "environment", "cli",
            "default", "DescribeImages", "ImportImage", "DescribeImage", "ImportCustomImage", "http://127.0.0.1:1",
            "https://", "ms", "PT", "&a", "*a", "!!", "<<:", "---", "{", "}", "[", "]", "? ", "|", ">", "\"\\u0000\"",
            "99999999999999999999", "-1", ".inf", ".nan", "~", "0x1F", "1e9"})
    @FuzzTest(maxDuration = "5m")
    void everyFileIsReadOrRefusedWithAConfigurationError(byte[] input) throws IOException {
        Path file = DIRECTORY.resolve("clouds.yaml");
        Files.write(file, input);
        Throwable thrown = Deadline.run(DEADLINE, () -> {
            CloudConfig config = CloudConfig.load(file);
            for (String name : config.names()) {
                config.cloud(name).settings().toString();
            }
            config.validate(CLOUD_IMAGES);
            for (String name : config.names()) {
                try (ImageService service = config.open(name, CLOUD_IMAGES, settings -> settings.toBuilder()
                        .extension(CoreSettings.HOST_ENVIRONMENT, NOBODY).build())) {
                    service.capabilities();
                } catch (CloudImagesException refused) {
                    // the next cloud may open
                }
            }
        });
        if (thrown != null && !(thrown instanceof CloudImagesException)) {
            throw Sneaky.rethrow(thrown);
        }
    }

    static Stream<Named<byte[]>> examples() {
        return Stream.of(
                example("the README's example", """
                        clouds:
                          tencent-gz:
                            provider: tencent-v3
                            region: ap-guangzhou
                            credentials: {source: cli, profile: work}     # default | environment | cli | explicit
                            rateLimits: {DescribeImages: 20}              # requests per second, per action
                            timeouts: {connect: 5s, request: 30s, call: 2m}
                          ucloud-bj:
                            provider: ucloud
                            region: cn-bj2
                        """),
                example("every key", """
                        clouds:
                          tencent-gz:
                            provider: tencent-v3
                            region: ap-guangzhou
                            endpoint: https://cvm.ap-guangzhou.tencentcloudapi.com
                            credentials: {source: cli, profile: work}
                            rateLimits: {DescribeImages: 20}
                            timeouts: {connect: 5s, request: 1500ms, call: 2m}
                            maxAttempts: 4
                            properties: {site: intl, regionalEndpoint: true}
                        """),
                example("explicit keys and a loopback endpoint", """
                        clouds:
                          legacy:
                            provider: tencent-legacy
                            region: gz
                            endpoint: http://127.0.0.1:8080/proxy
                            credentials:
                              source: explicit
                              accessKeyId: AKIDexample0000000000000000000000001
                              secretKey: exampleSecret
                              sessionToken: token
                            properties: {signatureMethod: HmacSHA256, method: GET}
                          bj:
                            provider: ucloud
                            region: cn-bj2
                            credentials: {source: explicit, accessKeyId: pub, secretKey: priv, projectId: org-1}
                            timeouts: {call: PT30S}
                            properties: {funcType: uhost, prices: "true", projectId: org-2}
                        """),
                example("YAML's rarer syntax: directives, tags, complex keys, sexagesimals, documents", """
                        %YAML 1.1
                        ---
                        clouds:
                          ? gz
                          : provider: !!str tencent-v3
                            region: ap-guangzhou
                            maxAttempts: !!int "3"
                            rateLimits: {DescribeImages: 0x14}
                            timeouts: {connect: 1:30, request: 30s}
                            properties: {site: !!binary aW50bA==, language: [zh-CN]}
                        ...
                        ---
                        clouds: {}
                        """),
                example("anchors and aliases", """
                        clouds:
                          a: &a {provider: tencent-v3, region: ap-guangzhou}
                          b: *a
                          c: {<<: *a, maxAttempts: 2}
                        """));
    }

    private static Named<byte[]> example(String name, String yaml) {
        return Named.of(name, yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static Path temporaryDirectory() {
        try {
            Path directory = Files.createTempDirectory("cloudimages-fuzz-config");
            Files.createDirectories(directory.resolve("home"));
            Files.createDirectories(directory.resolve("root"));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
