package io.cloudimages.cli;

import io.cloudimages.ImageService;
import io.cloudimages.core.multicloud.MultiCloudListing;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.OsType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "list", description = {"List images in every state, page by page as they print. Deprecated images are left"
        + " out, as the library leaves them out, unless --include-deprecated is given.",
        "Several -c/--cloud are listed at once; a cloud that fails is reported beside the others' images."})
final class ImagesListCommand implements Callable<Integer> {

    @ParentCommand
    ImagesCommand images;

    @Mixin
    CloudOptions.Several cloud;

    @Option(names = "--zone", paramLabel = "Z", description = "Only images usable in this availability zone.")
    String zone;

    @Option(names = "--os-type", paramLabel = "TYPE", converter = Converters.OsTypes.class, description = "linux or windows.")
    OsType osType;

    @Option(names = "--id", paramLabel = "ID", description = "Only this image id; repeat for several.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", converter = Converters.PositiveCounts.class,
            description = "Print at most N images (no limit by default); no page beyond them is fetched.")
    Integer limit;

    @Mixin
    ImageCriteria criteria;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        ImageQuery query = query();
        boolean several = cloud.clouds().size() > 1;
        try (Session session = new Session(images.root)) {
            Session.Clouds clouds = session.open(cloud, several);
            return several ? listSeveral(session, clouds, query) : listOne(session, clouds.opened().get(0), query);
        }
    }

    private ImageQuery query() {
        for (String id : ids) {
            Commands.requireImageId(id, "--id");
        }
        return criteria.query()
                .osType(osType)
                .zone(zone)
                .ids(ids.stream().map(String::strip).toList())
                .build();
    }

    private int listOne(Session session, Session.Cloud one, ImageQuery query) {
        CliEnvironment environment = session.environment();
        long printed = 0;
        try (ImageOutput rows = ImageOutput.of(output.format, environment.out(), List.of(one.name()));
             Progress progress = new Progress(environment.err(), environment.progress());
             Stream<Image> listed = one.service().list(query)) {
            // the stream is lazy: stopping at the limit fetches no further page
            for (Image image : (Iterable<Image>) (limit == null ? listed : listed.limit(limit))::iterator) {
                rows.add(one.name(), image);
                printed++;
                progress.tick();
            }
        }
        if (printed == 0 && !output.json()) {
            environment.err().println(Failure.PREFIX + "no image in " + one.service().region() + " of " + one.service().provider()
                    + " matches" + (criteria.includeDeprecated ? "" : " (deprecated images are left out; --include-deprecated lists them)"));
        }
        return ExitCode.OK;
    }

    /**
     * Prints images as they arrive from every cloud, and each failure as it arrives. The exit code
     * is that of the first cloud that failed in the order of {@code -c}, whichever failed first in
     * time, so that a run's exit code does not depend on the clouds' speed. With a limit, listing
     * stops once that many are printed: a cloud that has not answered by then is neither waited
     * for nor reported.
     */
    private int listSeveral(Session session, Session.Clouds clouds, ImageQuery query) {
        CliEnvironment environment = session.environment();
        Map<String, Integer> failures = new HashMap<>();
        for (Map.Entry<String, CloudImagesException> failed : clouds.failed().entrySet()) {
            failures.put(failed.getKey(), report(session, failed.getKey(), failed.getValue()));
        }
        Map<String, ImageService> services = new LinkedHashMap<>();
        clouds.opened().forEach(opened -> services.put(opened.name(), opened.service()));
        long printed = 0;
        try (ImageOutput rows = ImageOutput.of(output.format, environment.out(), List.copyOf(services.keySet()));
             Progress progress = new Progress(environment.err(), environment.progress());
             Stream<MultiCloudListing.Result> results = MultiCloudListing.list(services, query)) {
            Iterator<MultiCloudListing.Result> it = results.iterator();
            while ((limit == null || printed < limit) && it.hasNext()) {
                MultiCloudListing.Result result = it.next();
                if (result instanceof MultiCloudListing.Found found) {
                    rows.add(found.cloud(), found.image());
                    printed++;
                    progress.tick();
                } else if (result instanceof MultiCloudListing.Failed failed) {
                    progress.erase();
                    failures.put(failed.cloud(), report(session, failed.cloud(), failed.error()));
                    rows.failed(failed.cloud());
                }
            }
        }
        return cloud.clouds().stream().filter(failures::containsKey).findFirst().map(failures::get).orElse(ExitCode.OK);
    }

    private static int report(Session session, String cloudName, Throwable error) {
        Failure failure = Failure.of(error, session.region(cloudName));
        return new Failure(failure.exitCode(), "cloud " + cloudName + ": " + failure.message(), error)
                .report(session.environment().err(), session.verbose());
    }
}
