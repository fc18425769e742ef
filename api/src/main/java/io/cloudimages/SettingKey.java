package io.cloudimages;

import java.util.Objects;

/**
 * A typed key for a setting that the neutral API has no field for because its type lives in
 * another module: a Micrometer registry, a cluster-wide rate-limiter backend, a clock for tests.
 * The modules that understand a key define it as a constant.
 *
 * <p>Keys are compared by identity: use the constant.
 *
 * @param <T> the type of the value
 */
public final class SettingKey<T> {

    private final String name;
    private final Class<T> type;

    private SettingKey(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    public static <T> SettingKey<T> of(String name, Class<T> type) {
        return new SettingKey<>(name, type);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
