package io.cloudimages.cli;

import io.cloudimages.ImageWaiter;
import picocli.CommandLine.Option;

import java.time.Duration;

/** {@code --wait-timeout}, the same on every command that waits for an image. */
final class WaitOptions {

    @Option(names = "--wait-timeout", paramLabel = "DURATION", converter = Converters.WaitTimeouts.class,
            description = "How long to wait at most, for example 90s, 10m or 1h (default 30m); the cloud goes on after it.")
    Duration timeout;

    boolean given() {
        return timeout != null;
    }

    Duration timeoutOrDefault() {
        return timeout != null ? timeout : ImageWaiter.DEFAULT_TIMEOUT;
    }
}
