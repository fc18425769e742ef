package io.cloudimages.testkit.pipeline;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.pipeline.CircuitBreakerSettings;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.example.ExampleCloud;
import io.cloudimages.testkit.example.provider.ExampleProvider;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives succeeding and failing calls with known secrets, then looks for them everywhere a
 * secret could slip out: every log line at every level (with its exception chain), every
 * exception message, {@code toString()} of what a user holds, and every meter tag.
 */
class SecretsNeverLeakTest {

    private static final String KEY_ID = "AKIDleaktest0000000000000042";
    private static final String SECRET = "s3cr3t-KEY-must-never-appear-7f3a";
    private static final String TOKEN = "t0k3n-must-never-appear-91bc";
    private static final String WRONG_SECRET = "wr0ng-s3cr3t-also-secret-5d2e";

    private final ExampleCloud fake = new ExampleCloud().start();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final List<String> seen = new ArrayList<>();
    private Level rootLevel;
    private ch.qos.logback.core.Appender<ILoggingEvent> console;

    @BeforeEach
    void captureEveryLogLine() {
        fake.addCredentials(KEY_ID, SECRET);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        context.getLogger("io.cloudimages").setLevel(Level.TRACE);
        logs.setContext(context);
        logs.start();
        root.addAppender(logs);
        // captured, not printed: a TRACE run would bury the build's output
        console = root.getAppender("STDERR");
        root.detachAppender("STDERR");
    }

    @AfterEach
    void restoreLogging() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(logs);
        if (console != null) {
            root.addAppender(console);
        }
        root.setLevel(rootLevel);
        context.getLogger("io.cloudimages").setLevel(Level.INFO);
        fake.close();
    }

    private ImageService open(String secret, UnaryOperator<ProviderSettings.Builder> tuning) {
        ImageService service = ExampleServices.open(fake, s -> tuning.apply(s
                .credentials(Credentials.of(KEY_ID, secret, TOKEN).withProjectId("org-visible"))
                .extension(CoreSettings.METER_REGISTRY, meters)));
        seen.add(service.toString());
        return service;
    }

    private void attempt(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                seen.add(String.valueOf(t.getMessage()));
                seen.add(t.toString());
            }
        }
    }

    @Test
    void noSecretAppearsInLogsMessagesToStringsOrMeterTags() {
        try (ImageService service = open(SECRET, s -> s.maxAttempts(2).requestTimeout(Duration.ofMillis(300)))) {
            attempt(() -> service.list(ImageQuery.all()).toList());
            attempt(() -> service.importImage(ExampleServices.importOf("leak-check")));
            attempt(() -> service.importImage(ExampleServices.importOf("leak-check")));
            fake.faults().next(Fault.status(503));
            attempt(() -> service.get("ex-000001"));
            fake.faults().always(Fault.malformedJson());
            attempt(() -> service.get("ex-000001"));
            fake.faults().clear();
            fake.faults().next(Fault.throttle()).next(Fault.throttle());
            attempt(service::importOsSupport);
            fake.faults().clear();
            fake.faults().next(Fault.hang());
            attempt(() -> service.get("ex-000001"));
            fake.faults().clear();
            fake.faults().forAction(ExampleCloud.IMPORT_IMAGE).next(Fault.drop());
            attempt(() -> service.importImage(ExampleServices.importOf("leak-check-2")));
            attempt(() -> service.listPage(ImageQuery.all(), "not-a-cursor"));
            io.cloudimages.model.ImportImageRequest presigned = io.cloudimages.model.ImportImageRequest.builder()
                    .imageUrl("https://bucket.example.com/a.qcow2?q-signature=" + SECRET)
                    .name("presigned").osName("NoSuchOS").osVersion("1")
                    .architecture(io.cloudimages.model.Architecture.X86_64).build();
            seen.add(presigned.toString());
            attempt(() -> service.importImage(presigned));
        }
        try (ImageService wrong = open(WRONG_SECRET, s -> s)) {
            attempt(() -> wrong.get("ex-000001"));
        }
        fake.faults().always(Fault.status(503));
        try (ImageService fragile = open(SECRET, s -> s.maxAttempts(1)
                .extension(CoreSettings.CIRCUIT_BREAKER, new CircuitBreakerSettings(50, 2, 2, Duration.ofMinutes(1))))) {
            for (int i = 0; i < 4; i++) {
                attempt(() -> fragile.get("ex-000001"));
            }
        }
        seen.add(ProviderSettings.builder().credentials(Credentials.of(KEY_ID, SECRET, TOKEN)).build().toString());
        seen.add(Credentials.of(KEY_ID, SECRET, TOKEN).toString());
        for (ILoggingEvent event : logs.list) {
            seen.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                seen.add(t.getClassName() + ": " + t.getMessage());
                for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                    seen.add(frame.getSTEAsString());
                }
            }
        }
        for (Meter meter : meters.getMeters()) {
            meter.getId().getTags().forEach(tag -> seen.add(tag.getKey() + "=" + tag.getValue()));
        }

        assertThat(logs.list).as("the calls were logged").isNotEmpty();
        assertThat(meters.getMeters()).as("the calls were measured").isNotEmpty();
        assertThat(seen).as("everything a secret could leak into").hasSizeGreaterThan(50);
        assertThat(String.join("\n", seen))
                .doesNotContain(SECRET)
                .doesNotContain(WRONG_SECRET)
                .doesNotContain(TOKEN)
                .doesNotContain(KEY_ID);
    }
}
