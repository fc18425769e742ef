package io.cloudimages.cli;

import io.cloudimages.testkit.tencent.FakeTencentCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Tests of the command against a fake Tencent Cloud of its own, with its keys in the environment. */
abstract class AgainstFakeTencent {

    @TempDir
    Path root;

    CliRunner cli;
    FakeTencentCloud tencent;

    @BeforeEach
    void startTencent() {
        tencent = FakeTencentCloud.withDefaultCatalogue().start();
        cli = new CliRunner(root).withTencentTestKeys();
    }

    @AfterEach
    void stopTencent() {
        tencent.close();
    }
}
