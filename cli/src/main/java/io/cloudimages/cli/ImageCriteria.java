package io.cloudimages.cli;

import io.cloudimages.model.Architecture;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.OsFamily;
import io.cloudimages.model.VersionRange;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** The criteria that both listing and picking take, as options and as the query they make. */
final class ImageCriteria {

    @Option(names = "--type", paramLabel = "TYPE", converter = Converters.ImageTypes.class,
            description = "public, private, shared or marketplace; repeat for several.")
    List<ImageType> types = new ArrayList<>();

    @Option(names = "--family", paramLabel = "NAME", converter = Converters.OsFamilies.class,
            description = "An OS family: centos, ubuntu, tencentos, windows, ... (linux for Linux systems of no known family).")
    OsFamily family;

    @Option(names = "--os-version", paramLabel = "V|RANGE", converter = Converters.VersionRanges.class,
            description = {"An OS version (22.04 matches 22.04 and 22.04.3; 22 every 22.x) or a range (>=20.04,<24),"
                    + " compared numerically. An image of unknown version matches none."})
    VersionRange osVersion;

    @Option(names = "--arch", paramLabel = "ARCH", converter = Converters.Architectures.class,
            description = "x86_64, i386 or arm64.")
    Architecture architecture;

    @Option(names = "--name-regex", paramLabel = "RE", description = {"A Java regular expression found anywhere in the image"
            + " name. It is searched within a budget of steps per name: an expression that backtracks too much (nested"
            + " repetition such as (a|b)* or (.*a){10}) is refused with exit 2."})
    String nameRegex;

    @Option(names = "--include-deprecated", description = "Include deprecated images (left out by default).")
    boolean includeDeprecated;

    /** A query of these criteria, for the command to add its own to. */
    ImageQuery.Builder query() {
        ImageQuery.Builder query = ImageQuery.builder()
                .includeDeprecated(includeDeprecated)
                .types(types)
                .osVersion(osVersion)
                .nameRegex(nameRegex);
        if (family != null) {
            query.osFamilies(family);
        }
        if (architecture != null) {
            query.architectures(architecture);
        }
        return query;
    }

    /** The criteria as the flags that give them, for messages: {@code --family ubuntu --os-version 22.04}. */
    String asFlags() {
        List<String> flags = new ArrayList<>();
        if (family != null) {
            flags.add("--family " + family.id());
        }
        if (osVersion != null) {
            flags.add("--os-version " + Commands.shellQuote(osVersion.toString()));
        }
        if (architecture != null) {
            flags.add("--arch " + architecture.id());
        }
        types.forEach(type -> flags.add("--type " + type.id()));
        if (nameRegex != null) {
            flags.add("--name-regex " + Commands.shellQuote(nameRegex));
        }
        if (includeDeprecated) {
            flags.add("--include-deprecated");
        }
        return String.join(" ", flags);
    }
}
