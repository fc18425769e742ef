package io.cloudimages.cli;

import io.cloudimages.ImageService;
import io.cloudimages.core.multicloud.MultiCloudPick;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "pick", description = {"Print the one image to use: only an available image, not a deprecated one unless"
        + " --include-deprecated is given; the highest OS version (numerically: 22.04 above 9.10; an image of unknown"
        + " version never when --os-version is given, and last otherwise), then the newest, then the smallest id.",
        "Several -c/--cloud are picked on at once: one row (or JSON object) per cloud, in the order given.",
        "No image matches: exit 5, with a line on stderr that repeats the criteria."})
final class ImagesPickCommand implements Callable<Integer> {

    /** The start of the message of a cloud that has no image to pick, in JSON as on stderr. */
    static final String NO_MATCH = "no image matches";

    @ParentCommand
    ImagesCommand images;

    @Mixin
    CloudOptions.Several cloud;

    @Mixin
    ImageCriteria criteria;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        ImageQuery query = query();
        try (Session session = new Session(images.root)) {
            if (cloud.clouds().size() <= 1) {
                return pickOne(session, session.openOne(cloud), query);
            }
            return pickSeveral(session, session.open(cloud, true), query);
        }
    }

    private ImageQuery query() {
        return criteria.query().build();
    }

    private int pickOne(Session session, Session.Cloud one, ImageQuery query) {
        Optional<Image> picked = one.service().pick(query);
        if (picked.isEmpty()) {
            throw CommandFailure.of(ExitCode.CLOUD_ERROR, noMatch(one.service()));
        }
        PrintWriter out = session.environment().out();
        ImagesGetCommand.show(out, picked.get(), output.json());
        out.flush();
        StdoutFailure.check(out);
        return ExitCode.OK;
    }

    /**
     * Picks on every cloud at once, then prints one row or object per cloud in the order given,
     * and a line on stderr for each cloud that has no image. The exit code is that of the first
     * such cloud in that order.
     */
    private int pickSeveral(Session session, Session.Clouds clouds, ImageQuery query) {
        Map<String, ImageService> services = new LinkedHashMap<>();
        clouds.opened().forEach(opened -> services.put(opened.name(), opened.service()));
        Map<String, MultiCloudPick.Result> results = new LinkedHashMap<>();
        for (MultiCloudPick.Result result : MultiCloudPick.pick(services, query)) {
            results.put(result.cloud(), result);
        }
        for (Map.Entry<String, CloudImagesException> failed : clouds.failed().entrySet()) {
            results.put(failed.getKey(), new MultiCloudPick.Failed(failed.getKey(), failed.getValue()));
        }
        CliEnvironment environment = session.environment();
        int exitCode = ExitCode.OK;
        JsonOutput json = output.json() ? new JsonOutput(environment.out()) : null;
        ImageOutput.Rows rows = output.json() ? null : new ImageOutput.Rows(environment.out(), cloud.clouds());
        try {
            if (json != null) {
                json.startArray();
            }
            for (String name : cloud.clouds()) {
                MultiCloudPick.Result result = results.get(name);
                if (result instanceof MultiCloudPick.Picked picked) {
                    if (json != null) {
                        json.picked(name, picked.image());
                    } else {
                        rows.add(name, picked.image());
                    }
                    continue;
                }
                Failure failure = result instanceof MultiCloudPick.Failed failed ? Failure.of(failed.error(), session.region(name))
                        : new Failure(ExitCode.CLOUD_ERROR, noMatch(services.get(name)), null);
                if (json != null) {
                    json.notPicked(name, failure.exitCode(), failure.message());
                } else {
                    rows.missing(name, result instanceof MultiCloudPick.NoMatch ? NO_MATCH : "failed (exit " + failure.exitCode() + ")");
                }
                new Failure(failure.exitCode(), "cloud " + name + ": " + failure.message(), failure.error())
                        .report(environment.err(), session.verbose());
                exitCode = exitCode == ExitCode.OK ? failure.exitCode() : exitCode;
            }
            if (json != null) {
                json.endArray();
            }
        } finally {
            if (json != null) {
                json.close();
            } else {
                rows.close();
            }
        }
        StdoutFailure.check(environment.out());
        return exitCode;
    }

    /** "no image matches --family ubuntu --os-version 22.04 in ap-guangzhou of tencent-v3 (...)": the criteria repeated. */
    private String noMatch(ImageService service) {
        String flags = criteria.asFlags();
        return NO_MATCH + (flags.isEmpty() ? "" : " " + flags) + " in " + service.region() + " of "
                + service.provider() + " (only an available image is picked"
                + (criteria.includeDeprecated ? ")" : ", and no deprecated one unless --include-deprecated is given)");
    }
}
