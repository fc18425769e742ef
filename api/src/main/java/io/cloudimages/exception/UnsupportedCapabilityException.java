package io.cloudimages.exception;

import io.cloudimages.Capability;

import java.util.Optional;

/**
 * The provider cannot do this at all (for example import on the legacy qcloud API): a kind of
 * invalid request, always found here, so nothing was sent. {@link #alternativeProvider()} names a
 * provider that can, when there is one.
 */
public class UnsupportedCapabilityException extends InvalidRequestException {

    private final Capability capability;
    private final String alternativeProvider;

    public UnsupportedCapabilityException(String provider, Capability capability, String alternativeProvider) {
        super(describe(provider, capability, alternativeProvider), ErrorContext.of(provider, null), null);
        this.capability = capability;
        this.alternativeProvider = alternativeProvider;
    }

    public UnsupportedCapabilityException(String provider, Capability capability) {
        this(provider, capability, null);
    }

    private static String describe(String provider, Capability capability, String alternative) {
        String text = "provider " + provider + " does not support " + capability.description();
        return alternative == null ? text : text + "; use provider " + alternative + ", which does";
    }

    public Capability capability() {
        return capability;
    }

    /** A provider id that has this capability for the same cloud, when there is one. */
    public Optional<String> alternativeProvider() {
        return Optional.ofNullable(alternativeProvider);
    }
}
