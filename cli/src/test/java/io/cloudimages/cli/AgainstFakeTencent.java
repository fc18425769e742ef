package io.cloudimages.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.tencent.FakeTencentCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

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

    static final String URL = "https://images-1250000000.cos.ap-guangzhou.myqcloud.com/centos7.qcow2";

    /** {@code images import} of a CentOS 7 image of this name, from {@link #URL}, with more arguments. */
    CliRunner.Run importCentos(String name, String... more) {
        return importCentosFrom(URL, name, more);
    }

    /** The same from another URL. */
    CliRunner.Run importCentosFrom(String url, String name, String... more) {
        List<String> args = new ArrayList<>(List.of("images", "import", "-p", "tencent-v3", "-r", "ap-guangzhou",
                "--endpoint", tencent.endpoint().toString(), "--url", url, "--name", name,
                "--os", "CentOS", "--os-version", "7", "--arch", "x86_64"));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    /** Every answer's {@code Response} object, errors included, passes through {@code rewrite}: a cloud that says what no real one should. */
    void everyAnswer(UnaryOperator<ObjectNode> rewrite) {
        tencent.faults().always(Fault.rewrite(answer -> answer.withJson(json -> {
            rewrite.apply((ObjectNode) json.get("Response"));
            return json;
        })));
    }
}
