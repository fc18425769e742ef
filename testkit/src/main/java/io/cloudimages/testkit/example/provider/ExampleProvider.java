package io.cloudimages.testkit.example.provider;

import io.cloudimages.Capability;
import io.cloudimages.CredentialsProvider;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.credentials.CredentialChain;
import io.cloudimages.core.credentials.ExplicitCredentials;
import io.cloudimages.core.credentials.HostEnvironment;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.spi.Action;
import io.cloudimages.spi.ImageProvider;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The provider of the example cloud (its fake is {@code io.cloudimages.testkit.example.ExampleCloud}):
 * the smallest complete provider, and
 * the template for a new one. It is not registered for discovery; register it explicitly:
 * {@code CloudImages.builder().register(new ExampleProvider())}.
 */
public final class ExampleProvider implements ImageProvider {

    public static final String ID = "example";
    public static final String KEY_ID_VARIABLE = "EXAMPLE_KEY_ID";
    public static final String SECRET_VARIABLE = "EXAMPLE_SECRET";
    // tag::provider-actions[]
    /** Each action once, with its published limit: the provider lists them, its calls send them. */
    public static final Action LIST_IMAGES = Action.read("ListImages", 40);
    public static final Action LIST_IMPORT_OS = Action.read("ListImportOs", 288);
    public static final Action IMPORT_IMAGE = Action.write("ImportImage", 10);
    private static final List<Action> ACTIONS = List.of(LIST_IMAGES, LIST_IMPORT_OS, IMPORT_IMAGE);
    private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.allOf(Capability.class));
    // end::provider-actions[]

    // tag::provider-class[]
    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Example cloud (testkit)";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<Action> actions() {
        return ACTIONS;
    }

    @Override
    public ImageService create(ProviderSettings settings) {
        if (settings.region() == null) {
            throw new InvalidRequestException("the example provider needs a region (any name)", ErrorContext.of(ID, null));
        }
        if (settings.endpoint().isEmpty()) {
            throw new InvalidRequestException("the example provider has no public endpoint; set the endpoint of an"
                    + " ExampleCloud fake", ErrorContext.of(ID, null));
        }
        return new ExampleImageService(settings, credentials(settings), CAPABILITIES);
    }

    /** Explicit credentials; else, as the default, the example cloud's environment variables (core's chain does the rest). */
    private static CredentialsProvider credentials(ProviderSettings settings) {
        Optional<CredentialsProvider> explicit = ExplicitCredentials.of(settings.credentials());
        if (explicit.isPresent()) {
            return explicit.get();
        }
        HostEnvironment host = HostEnvironment.of(settings);
        return CredentialChain.forCloud("example cloud")
                .then("environment variables " + KEY_ID_VARIABLE + " and " + SECRET_VARIABLE,
                        () -> CredentialChain.fromVariables(host, KEY_ID_VARIABLE, SECRET_VARIABLE, null))
                .resolve();
    }
    // end::provider-class[]
}
