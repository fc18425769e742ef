package io.cloudimages.cli;

import io.cloudimages.Capability;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.OsSupport;
import io.cloudimages.spi.Action;
import io.cloudimages.spi.ImageProvider;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** How the model's values are named in the command's output, table and JSON alike. */
final class Names {

    private Names() {
    }

    /** An import entry's architectures in the neutral vocabulary ({@code arm} becomes {@code arm64}), in the cloud's order. */
    static List<String> architectures(OsSupport.Entry entry) {
        return entry.architectures().stream().map(raw -> Architecture.parse(raw).id()).distinct().toList();
    }

    /**
     * The neutral state, followed by the cloud's own word when that says more: "available (NORMAL)",
     * but "available" where the cloud says "Available".
     */
    static String state(ImageState state, String rawState) {
        return rawState == null || letters(rawState).equals(letters(state.id())) ? state.id() : state.id() + " (" + rawState + ")";
    }

    private static String letters(String word) {
        return word.replaceAll("[^\\p{Alnum}]", "").toLowerCase(Locale.ROOT);
    }

    /** The commands a provider supports, named as on the command line. */
    static List<String> commands(ImageProvider provider) {
        return provider.capabilities().stream().sorted().map(Names::command).toList();
    }

    /** A provider's actions in the order the output lists them: by name. */
    static List<Action> byName(List<Action> actions) {
        return actions.stream().sorted(Comparator.comparing(Action::name)).toList();
    }

    private static String command(Capability capability) {
        return switch (capability) {
            case LIST_IMAGES -> "list";
            case GET_IMAGE -> "get";
            case IMPORT_IMAGE -> "import";
            case IMPORT_OS_SUPPORT -> "os-support";
        };
    }
}
