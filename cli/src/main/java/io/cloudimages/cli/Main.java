package io.cloudimages.cli;

import java.util.Arrays;

/** The {@code cloudimages} command. Run {@code cloudimages --help} for its commands. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // before the first logger, which may keep the System.err of that moment
        System.setErr(PrintableStream.stderr());
        configureLogging(Arrays.asList(args).contains("--verbose"));
        System.exit(Cli.execute(CliEnvironment.system(), args));
    }

    /**
     * SLF4J Simple reads its settings once, when the first logger is made: so before anything
     * else runs. Logs go to stderr, keeping stdout for the command's output; a user's own
     * {@code -D} settings win.
     */
    private static void configureLogging(boolean verbose) {
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
