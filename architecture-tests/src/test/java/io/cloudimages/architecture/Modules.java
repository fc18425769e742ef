package io.cloudimages.architecture;

import com.tngtech.archunit.core.domain.JavaClass;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which module a class comes from, read from where it was loaded: a reactor module's
 * {@code <module>/target/classes} or its jar {@code cloudimages-<module>-<version>.jar}.
 * Third-party classes belong to no module.
 */
final class Modules {

    private static final Pattern JAR = Pattern.compile("/cloudimages-([a-z0-9-]+?)-\\d[^/]*\\.jar!");
    private static final Pattern CLASSES = Pattern.compile("/([a-z0-9-]+)/target/classes/");

    private Modules() {
    }

    static Optional<String> of(JavaClass type) {
        String location = type.getSource().map(source -> source.getUri().toString()).orElse("");
        for (Pattern pattern : new Pattern[] {JAR, CLASSES}) {
            Matcher matcher = pattern.matcher(location);
            if (matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    static boolean isProvider(JavaClass type) {
        return of(type).map(module -> module.startsWith("provider-")).orElse(false)
                // the example provider lives in the testkit but must obey the same rules
                || type.getPackageName().startsWith("io.cloudimages.testkit.example.provider");
    }
}
