package io.cloudimages.testkit.contract;

import io.cloudimages.Capability;
import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.pipeline.Backoff;
import io.cloudimages.core.pipeline.CircuitBreakerSettings;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.exception.AuthenticationException;
import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.InvalidRequestException;
import io.cloudimages.exception.NameConflictException;
import io.cloudimages.exception.OutcomeUnknownException;
import io.cloudimages.exception.ProtocolException;
import io.cloudimages.exception.ServiceUnavailableException;
import io.cloudimages.exception.UnsupportedCapabilityException;
import io.cloudimages.exception.UnsupportedOsException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImagePicker;
import io.cloudimages.model.ImageQuery;
import io.cloudimages.model.ImageState;
import io.cloudimages.model.ImageType;
import io.cloudimages.model.ImportImageRequest;
import io.cloudimages.model.ImportResult;
import io.cloudimages.model.OsFamily;
import io.cloudimages.model.OsType;
import io.cloudimages.model.Page;
import io.cloudimages.spi.ImageProvider;
import io.cloudimages.testkit.CatalogueImage;
import io.cloudimages.testkit.Fault;
import io.cloudimages.testkit.FakeCloud;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The behaviour every provider must have, run against the provider's fake cloud. A provider's
 * test extends this class and says how to start its fake and point the provider at it; a
 * third-party provider runs the same suite.
 *
 * <p>The fake's catalogue must hold at least twelve images of at least two types, and the fake must
 * add images ({@link FakeCloud#addImage}): the picking tests add the images each rule needs
 * (9.10 beside 22.04, a newer failed or deprecated image beside an older available one, arm64 and
 * x86_64 builds of one version, two builds a month apart, an image of unknown version), named with
 * a token of the test's own. Each test gets a fresh fake and a service with test-friendly settings
 * (short back-off, its own rate limiter) on top of {@link #settingsFor(FakeCloud)}.
 */
public abstract class ImageServiceContract {

    /** The provider under test. */
    protected abstract ImageProvider provider();

    /** Starts a fake cloud with its catalogue and the credentials of {@link #settingsFor}. */
    protected abstract FakeCloud startFake();

    /** Settings that point the provider at the fake, with a region and credentials the fake accepts. */
    protected abstract ProviderSettings.Builder settingsFor(FakeCloud fake);

    /** Credentials the fake rejects. */
    protected abstract Credentials rejectedCredentials();

    /** Every image id the fake serves in the settings' region, deprecated images included. */
    protected abstract Set<String> catalogueIds(FakeCloud fake);

    /** The wire action that lists images, to count requests and aim faults. */
    protected abstract String listAction();

    /** The wire action of an import; empty when the provider cannot import. */
    protected Optional<String> importAction() {
        return Optional.empty();
    }

    /** An import the fake accepts, under the given (unique) name. Needed when {@link #importAction()} is set. */
    protected ImportImageRequest.Builder validImport(String name) {
        throw new UnsupportedOperationException("override validImport when the provider imports");
    }

    /** Whether the cloud's answers carry a request id (the legacy qcloud v2 API's do not). */
    protected boolean answersCarryRequestIds() {
        return true;
    }

    /** An image id the fake does not have. */
    protected String missingImageId() {
        return "img-nosuch00";
    }

    protected FakeCloud fake;
    protected ImageService service;

    @BeforeEach
    void openServiceAgainstFake() {
        fake = startFake();
        service = open(UnaryOperator.identity());
    }

    @AfterEach
    void closeServiceAndFake() {
        if (service != null) {
            service.close();
        }
        if (fake != null) {
            fake.close();
        }
    }

    /** Opens another service against the same fake, with the test defaults and then {@code tuning} applied. */
    protected ImageService open(UnaryOperator<ProviderSettings.Builder> tuning) {
        ProviderSettings.Builder settings = settingsFor(fake)
                .requestTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofSeconds(60))
                .extension(CoreSettings.RATE_LIMITER_BACKEND, RateLimiterBackend.newLocal())
                .extension(CoreSettings.BACKOFF, new Backoff(Duration.ofMillis(5), Duration.ofMillis(50),
                        Duration.ofMillis(100)));
        CloudImages clouds = CloudImages.builder().discover(false).register(provider()).build();
        return clouds.open(provider().id(), tuning.apply(settings).build());
    }

    private List<Image> everything() {
        return service.list(ImageQuery.builder().includeDeprecated(true).build()).toList();
    }

    private static List<String> ids(List<Image> images) {
        return images.stream().map(Image::id).toList();
    }

    // ---- the provider's declaration

    @Test
    void everyRequestIsOneOfTheActionsTheProviderDeclares() {
        service.list(ImageQuery.builder().includeDeprecated(true).build()).count();
        service.get(missingImageId());

        int declared = provider().actions().stream().mapToInt(action -> fake.requests(action.name()).size()).sum();
        assertThat(declared).isPositive().isEqualTo(fake.requests().size());
    }

    @Test
    void aServiceCanDoWhatItsProviderDeclares() {
        assertThat(service.capabilities()).isEqualTo(provider().capabilities());
    }

    // ---- listing and paging

    @Test
    void listStreamsEveryImageOfTheCatalogueOnce() {
        List<String> listed = ids(everything());

        assertThat(listed).doesNotHaveDuplicates();
        assertThat(new HashSet<>(listed)).isEqualTo(catalogueIds(fake));
    }

    @Test
    void listLeavesOutDeprecatedImagesUnlessAsked() {
        assertThat(service.list().toList()).noneMatch(Image::deprecated);
    }

    @Test
    void listedImagesCarryTheProviderAndRegion() {
        assertThat(everything()).allSatisfy(image -> {
            assertThat(image.provider()).isEqualTo(provider().id());
            assertThat(image.region()).isEqualTo(service.region());
        });
    }

    @Test
    void pagesFollowedByCursorGiveWhatTheStreamGives() {
        ImageQuery query = ImageQuery.builder().includeDeprecated(true).pageSize(5).build();
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<Image> page = service.listPage(query, cursor);
            paged.addAll(ids(page.items()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(pages).isGreaterThan(1);
        assertThat(paged).containsExactlyElementsOf(ids(service.list(query).toList()));
    }

    @Test
    void listFetchesNoPageBeforeItIsNeeded() {
        fake.clearRequests();

        service.list(ImageQuery.builder().includeDeprecated(true).pageSize(2).build()).limit(1).toList();

        assertThat(fake.requests(listAction())).hasSize(1);
    }

    @Test
    void aCursorOnlyWorksWithItsOwnQuery() {
        ImageQuery small = ImageQuery.builder().includeDeprecated(true).pageSize(2).build();
        String cursor = service.listPage(small, null).nextCursor();
        assertThat(cursor).isNotNull();

        assertThatThrownBy(() -> service.listPage(ImageQuery.builder().pageSize(3).build(), cursor))
                .isInstanceOf(InvalidRequestException.class);
    }

    // ---- filters: pushed down or applied on the client, the results are the same

    @Test
    void everyFilterGivesWhatTheClientSideTestGives() {
        List<Image> all = everything();
        List<ImageQuery> queries = new ArrayList<>();
        all.stream().map(Image::type).distinct().forEach(t -> queries.add(ImageQuery.builder().types(t).build()));
        all.stream().map(i -> i.os().family()).distinct().limit(4)
                .forEach(f -> queries.add(ImageQuery.builder().osFamilies(f).includeDeprecated(true).build()));
        all.stream().map(Image::state).distinct().forEach(s -> queries.add(ImageQuery.builder().states(s).build()));
        queries.add(ImageQuery.builder().osType(OsType.LINUX).build());
        queries.add(ImageQuery.builder().osType(OsType.WINDOWS).build());
        queries.add(ImageQuery.builder().nameRegex("[0-9]").build());
        queries.add(ImageQuery.builder().nameRegex(Pattern.quote(all.get(all.size() - 1).name())).build());
        queries.add(ImageQuery.builder().types(ImageType.PUBLIC, ImageType.PRIVATE).osType(OsType.LINUX).build());
        all.stream().map(i -> i.os().version()).filter(v -> v != null && !v.numbers().isEmpty()).distinct().limit(4)
                .forEach(v -> queries.add(ImageQuery.builder().osVersion(v.numbers().get(0).toString()).build()));
        queries.add(ImageQuery.builder().osVersion(">=7,<20.04").includeDeprecated(true).build());
        all.stream().map(i -> i.os().architecture()).distinct()
                .forEach(a -> queries.add(ImageQuery.builder().architectures(a).build()));
        queries.add(ImageQuery.builder().osFamilies(all.get(0).os().family()).architectures(Architecture.X86_64)
                .osVersion(">=1").build());
        all.stream().filter(i -> !i.tags().isEmpty()).findFirst().ifPresent(tagged -> {
            var tag = tagged.tags().entrySet().iterator().next();
            queries.add(ImageQuery.builder().tag(tag.getKey(), tag.getValue()).includeDeprecated(true).build());
            queries.add(ImageQuery.builder().tagKey(tag.getKey()).build());
        });

        for (ImageQuery query : queries) {
            Set<String> expected = all.stream().filter(query::matches).map(Image::id).collect(Collectors.toSet());
            List<String> listed = ids(service.list(query).toList());
            assertThat(listed).as("listing %s", query).doesNotHaveDuplicates();
            assertThat(new HashSet<>(listed)).as("listing %s", query).isEqualTo(expected);
        }
    }

    @Test
    void listingByIdsReturnsExactlyThoseImagesEvenBeyondOneRequestsWorth() {
        List<String> wanted = new ArrayList<>(catalogueIds(fake)).subList(0, 12);

        List<String> listed = ids(service.list(ImageQuery.builder().ids(wanted).includeDeprecated(true).build()).toList());

        assertThat(listed).containsExactlyInAnyOrderElementsOf(wanted);
    }

    @Test
    void listingByFamilyFindsOnlyThatFamily() {
        OsFamily family = everything().get(0).os().family();

        assertThat(service.list(ImageQuery.builder().osFamilies(family).build()).toList())
                .allMatch(image -> image.os().family() == family);
    }

    // ---- pick: one test per rule, on images each test adds to the fake under a token of its own

    private static final Instant MAY = Instant.parse("2024-05-02T03:04:05Z");

    /** A name token no other image holds, plain text so that clouds filtering by name may push it down. */
    private static String token() {
        return "pick" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static CatalogueImage ubuntu(String name, String version, Architecture architecture, Instant created) {
        String bits = architecture == Architecture.I386 ? "32位" : "64位";
        return CatalogueImage.of(name, "Ubuntu Server " + version + " LTS " + bits
                + (architecture == Architecture.ARM64 ? " ARM" : ""), architecture).withCreatedAt(created);
    }

    private String add(CatalogueImage image) {
        return fake.addImage(service.region(), image);
    }

    /** Ubuntu images named with the token: the images of one test, and no other. */
    private static ImageQuery.Builder picking(String token) {
        return ImageQuery.builder().osFamilies(OsFamily.UBUNTU).nameRegex(token);
    }

    private Optional<String> pickedName(ImageQuery.Builder query) {
        return service.pick(query.build()).map(Image::name);
    }

    @Test
    void pickComparesVersionsNumericallyNotAsText() {
        String token = token();
        add(ubuntu(token + "-22.04", "22.04", Architecture.X86_64, MAY));
        add(ubuntu(token + "-9.10", "9.10", Architecture.X86_64, MAY.plus(Duration.ofDays(60))));

        assertThat(pickedName(picking(token))).contains(token + "-22.04");
        assertThat(pickedName(picking(token).osVersion(">=9,<23"))).contains(token + "-22.04");
    }

    @Test
    void pickTakesOnlyAnAvailableImage() {
        String token = token();
        add(ubuntu(token + "-available", "22.04", Architecture.X86_64, MAY));
        add(ubuntu(token + "-failed", "22.04.3", Architecture.X86_64, MAY.plus(Duration.ofDays(30))).withState(ImageState.FAILED));
        add(ubuntu(token + "-creating", "22.04.4", Architecture.X86_64, MAY.plus(Duration.ofDays(40))).withState(ImageState.CREATING));

        assertThat(pickedName(picking(token).osVersion("22.04"))).contains(token + "-available");
        assertThat(pickedName(picking(token).osVersion("22.04").states(ImageState.FAILED, ImageState.CREATING))).isEmpty();
    }

    @Test
    void pickLeavesOutADeprecatedImageUnlessTheQueryIncludesThem() {
        String token = token();
        add(ubuntu(token + "-current", "22.04", Architecture.X86_64, MAY));
        CatalogueImage deprecated = ubuntu(token + "-deprecated", "22.04.3", Architecture.X86_64, MAY.plus(Duration.ofDays(30)))
                .withDeprecated(true);
        try {
            add(deprecated);
        } catch (UnsupportedOperationException cloudHasNoDeprecation) {
            assumeThat(cloudHasNoDeprecation.getMessage()).as("the cloud has deprecated images").isNull();
        }

        assertThat(pickedName(picking(token).osVersion("22.04"))).contains(token + "-current");
        assertThat(pickedName(picking(token).osVersion("22.04").includeDeprecated(true))).contains(token + "-deprecated");
    }

    @Test
    void pickTakesTheArchitectureAskedFor() {
        String token = token();
        add(ubuntu(token + "-x86_64", "22.04", Architecture.X86_64, MAY));
        add(ubuntu(token + "-arm64", "22.04", Architecture.ARM64, MAY.plus(Duration.ofDays(1))));

        assertThat(pickedName(picking(token).osVersion("22.04").architectures(Architecture.X86_64))).contains(token + "-x86_64");
        assertThat(pickedName(picking(token).osVersion("22.04").architectures(Architecture.ARM64))).contains(token + "-arm64");
        assertThat(pickedName(picking(token).osVersion("22.04"))).contains(token + "-arm64");
    }

    @Test
    void aVersionAskedForMatchesItsPointReleasesAndARangeItsBounds() {
        String token = token();
        for (String version : List.of("20.04", "22.04", "22.04.3", "24.04")) {
            add(ubuntu(token + "-" + version, version, Architecture.X86_64, MAY));
        }

        assertThat(pickedName(picking(token).osVersion("22.04"))).contains(token + "-22.04.3");
        assertThat(pickedName(picking(token).osVersion("22"))).contains(token + "-22.04.3");
        assertThat(pickedName(picking(token).osVersion(">=20.04,<22"))).contains(token + "-20.04");
        assertThat(pickedName(picking(token).osVersion("<24"))).contains(token + "-22.04.3");
        assertThat(pickedName(picking(token).osVersion("<=22.04"))).contains(token + "-22.04.3");
        assertThat(pickedName(picking(token).osVersion(">22.04"))).contains(token + "-24.04");
        assertThat(pickedName(picking(token).osVersion(">=25"))).isEmpty();
        assertThat(service.list(picking(token).osVersion(">=20.04,<24").build()).map(Image::name))
                .containsExactlyInAnyOrder(token + "-20.04", token + "-22.04", token + "-22.04.3");
    }

    @Test
    void amongEqualVersionsTheNewestBuildIsPicked() {
        String token = token();
        add(ubuntu(token + "-june", "22.04", Architecture.X86_64, MAY.plus(Duration.ofDays(31))));
        add(ubuntu(token + "-may", "22.04", Architecture.X86_64, MAY));

        assertThat(pickedName(picking(token).osVersion("22.04").architectures(Architecture.X86_64))).contains(token + "-june");
    }

    @Test
    void amongEqualBuildsTheSmallestIdIsPickedOnEveryRun() {
        String token = token();
        String first = add(ubuntu(token + "-a", "22.04", Architecture.X86_64, MAY));
        String second = add(ubuntu(token + "-b", "22.04", Architecture.X86_64, MAY));
        String smallest = first.compareTo(second) < 0 ? first : second;

        for (int run = 0; run < 3; run++) {
            assertThat(service.pick(picking(token).osVersion("22.04").build())).get().extracting(Image::id).isEqualTo(smallest);
        }
    }

    @Test
    void anImageOfUnknownVersionIsNeverPickedForAVersionAndLastOtherwise() {
        String token = token();
        add(CatalogueImage.of(token + "-daily", "Ubuntu Server daily build 64位", Architecture.X86_64)
                .withCreatedAt(MAY.plus(Duration.ofDays(90))));
        add(ubuntu(token + "-18.04", "18.04", Architecture.X86_64, MAY));

        assertThat(pickedName(picking(token).osVersion("18"))).contains(token + "-18.04");
        assertThat(pickedName(picking(token))).contains(token + "-18.04");

        String alone = token();
        add(CatalogueImage.of(alone + "-daily", "Ubuntu Server daily build 64位", Architecture.X86_64));
        assertThat(pickedName(picking(alone))).contains(alone + "-daily");
        assertThat(pickedName(picking(alone).osVersion(">=1"))).isEmpty();
    }

    /** What the narrowed listing, its filters pushed down to the cloud, leaves out never changes the answer. */
    @Test
    void pickWithItsFiltersPushedDownChoosesWhatFilteringTheWholeListingWould() {
        List<Image> all = everything();
        List<ImageQuery> queries = new ArrayList<>();
        queries.add(ImageQuery.all());
        queries.add(ImageQuery.builder().includeDeprecated(true).build());
        all.stream().map(i -> i.os().family()).distinct()
                .forEach(f -> queries.add(ImageQuery.builder().osFamilies(f).build()));
        all.stream().map(Image::type).distinct().forEach(t -> queries.add(ImageQuery.builder().types(t).build()));

        for (ImageQuery query : queries) {
            Optional<Image> expected = all.stream().filter(i -> ImagePicker.canPick(i, query)).min(ImagePicker.BEST_FIRST);
            assertThat(service.pick(query)).as("picking %s", query).isEqualTo(expected);
        }
    }

    @Test
    void pickReadsNoMorePagesThanTheListingOfTheSameQuery() {
        for (OsFamily family : everything().stream().map(i -> i.os().family()).distinct().toList()) {
            ImageQuery query = ImageQuery.builder().osFamilies(family).pageSize(2).build();
            fake.clearRequests();
            try (var listed = service.list(query)) {
                listed.forEach(image -> { });
            }
            int listing = fake.requests().size();
            fake.clearRequests();

            service.pick(query);

            assertThat(fake.requests().size()).as("requests to pick %s", family).isBetween(1, listing);
        }
    }

    @Test
    void pickForStatesNoneOfWhichIsAvailableSendsNothing() {
        fake.clearRequests();

        assertThat(service.pick(ImageQuery.builder().states(ImageState.FAILED, ImageState.CREATING).build())).isEmpty();
        assertThat(fake.requests()).isEmpty();
    }

    // ---- get

    @Test
    void getFindsAnImageOfTheCatalogue() {
        String id = catalogueIds(fake).iterator().next();

        assertThat(service.get(id)).get().extracting(Image::id).isEqualTo(id);
    }

    @Test
    void getOfAnIdThatDoesNotExistIsEmpty() {
        assertThat(service.get(missingImageId())).isEmpty();
    }

    // ---- errors

    @Test
    void rejectedCredentialsFailAsAuthenticationWithTheCloudsCodeAndRequestId() {
        try (ImageService wrong = open(s -> s.credentials(rejectedCredentials()))) {
            assertThatThrownBy(() -> wrong.get(missingImageId()))
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                        assertThat(e.provider()).isEqualTo(provider().id());
                        assertThat(e.errorCode()).isNotBlank();
                        if (answersCarryRequestIds()) {
                            assertThat(e.requestId()).isNotBlank();
                        }
                    });
        }
    }

    @Test
    void anImportCapabilityTheProviderLacksFailsNamingItAndTheProvider() {
        Set<Capability> missing = new LinkedHashSet<>(List.of(Capability.IMPORT_IMAGE, Capability.IMPORT_OS_SUPPORT));
        missing.removeAll(service.capabilities());
        assumeThat(missing).as("the provider lacks no import capability").isNotEmpty();

        for (Capability lacking : missing) {
            assertThatThrownBy(() -> {
                if (lacking == Capability.IMPORT_IMAGE) {
                    service.importImage(ImportImageRequest.builder().imageUrl("https://example.com/a.qcow2").name("x")
                            .osName("CentOS").osVersion("7").architecture(Architecture.X86_64).build());
                } else {
                    service.importOsSupport();
                }
            }).isInstanceOfSatisfying(UnsupportedCapabilityException.class, e -> {
                assertThat(e.capability()).isEqualTo(lacking);
                assertThat(e.getMessage()).contains(provider().id());
            });
        }
        assertThat(fake.requests()).isEmpty();
    }

    // ---- limits

    @Test
    void sixtyFourConcurrentCallersGetNoThrottlingAnswer() throws Exception {
        assumeThat(fake.limitOf(listAction())).as("the fake limits " + listAction()).isPresent();
        ImageQuery onePerPage = ImageQuery.builder().includeDeprecated(true).pageSize(1).build();
        ExecutorService callers = Executors.newFixedThreadPool(64);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                calls.add(callers.submit(() -> {
                    service.listPage(onePerPage, null);
                    service.listPage(onePerPage, null);
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(fake.throttledAnswers(listAction())).isZero();
        assertThat(fake.requests(listAction())).hasSizeGreaterThanOrEqualTo(128);
    }

    // ---- faults on reads: retried

    @Test
    void aServerErrorOnAReadIsRetried() {
        fake.clearRequests();
        fake.faults().forAction(listAction()).next(Fault.status(503));

        assertThat(service.listPage(ImageQuery.builder().pageSize(1).build(), null)).isNotNull();
        assertThat(fake.requests(listAction())).hasSize(2);
    }

    @Test
    void aThrottlingAnswerOnAReadIsRetried() {
        fake.clearRequests();
        fake.faults().forAction(listAction()).next(Fault.throttle());

        assertThat(service.listPage(ImageQuery.builder().pageSize(1).build(), null)).isNotNull();
        assertThat(fake.requests(listAction())).hasSize(2);
    }

    @Test
    void aDroppedConnectionOnAReadIsRetried() {
        fake.clearRequests();
        fake.faults().forAction(listAction()).next(Fault.drop());

        assertThat(service.listPage(ImageQuery.builder().pageSize(1).build(), null)).isNotNull();
        assertThat(fake.requests(listAction())).hasSize(2);
    }

    @Test
    void aTruncatedAnswerOnAReadIsRetried() {
        fake.clearRequests();
        fake.faults().forAction(listAction()).next(Fault.truncatedJson());

        assertThat(service.listPage(ImageQuery.builder().pageSize(1).build(), null)).isNotNull();
        assertThat(fake.requests(listAction())).hasSize(2);
    }

    @Test
    void answersThatAreNeverJsonFailAsProtocolErrorsAfterEveryAttempt() {
        fake.clearRequests();
        fake.faults().forAction(listAction()).always(Fault.malformedJson());

        assertThatThrownBy(() -> service.listPage(ImageQuery.builder().pageSize(1).build(), null))
                .isInstanceOf(ProtocolException.class);
        assertThat(fake.requests(listAction())).hasSize(ProviderSettings.DEFAULT_MAX_ATTEMPTS);
    }

    @Test
    void aHungServerFailsTheCallWithinItsDeadline() {
        fake.faults().always(Fault.hang());
        try (ImageService impatient = open(s -> s.requestTimeout(Duration.ofMillis(300)).maxAttempts(1))) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThatThrownBy(() -> impatient.get(missingImageId()))
                            .isInstanceOf(ServiceUnavailableException.class));
        }
    }

    @Test
    void aCallNeverOutlivesItsCallTimeoutWhateverTheAttemptsAndWaits() {
        fake.faults().always(Fault.hang());
        try (ImageService impatient = open(s -> s.requestTimeout(Duration.ofMillis(500)).maxAttempts(10)
                .callTimeout(Duration.ofSeconds(1)))) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> impatient.get(missingImageId())).isInstanceOf(ServiceUnavailableException.class);

            // ten hung attempts of 500 ms would take five seconds
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void anOpenCircuitFailsFastWithoutSendingAnything() {
        fake.faults().always(Fault.status(503));
        try (ImageService fragile = open(s -> s.maxAttempts(1)
                .extension(CoreSettings.CIRCUIT_BREAKER, new CircuitBreakerSettings(50, 4, 4, Duration.ofMinutes(5))))) {
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> fragile.get(missingImageId())).isInstanceOf(ServiceUnavailableException.class);
            }
            int sent = fake.requests().size();

            assertThatThrownBy(() -> fragile.get(missingImageId()))
                    .isInstanceOf(ServiceUnavailableException.class)
                    .hasMessageContaining("circuit");
            assertThat(fake.requests()).hasSize(sent);
        }
    }

    // ---- import: performed once, never twice

    private String requireImport() {
        assumeThat(importAction()).as("the provider imports").isPresent();
        return importAction().get();
    }

    private static String uniqueName() {
        return "contract-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anImportCreatesAPrivateImageThatGetFinds() {
        requireImport();

        ImportResult result = service.importImage(validImport(uniqueName()).build());

        assertThat(result.imageId()).isNotBlank();
        assertThat(result.dryRun()).isFalse();
        assertThat(result.reconciled()).isFalse();
        assertThat(service.get(result.imageId())).get().extracting(Image::type).isEqualTo(ImageType.PRIVATE);
    }

    @Test
    void aDryRunImportCreatesNothing() {
        requireImport();
        Set<String> before = catalogueIds(fake);

        ImportResult result = service.importImage(validImport(uniqueName()).dryRun(true).build());

        assertThat(result.dryRun()).isTrue();
        assertThat(result.imageId()).isNull();
        assertThat(catalogueIds(fake)).isEqualTo(before);
    }

    @Test
    void anImportOfAnOsTheCloudDoesNotSupportIsRefusedBeforeAnythingIsSent() {
        String action = requireImport();
        fake.clearRequests();

        assertThatThrownBy(() -> service.importImage(validImport(uniqueName()).osName("NoSuchOS").osVersion("1").build()))
                .isInstanceOfAny(UnsupportedOsException.class, InvalidRequestException.class);
        assertThat(fake.requests(action)).isEmpty();
    }

    @Test
    void anImportUnderATakenNameIsRefusedBeforeItIsSent() {
        String action = requireImport();
        String name = uniqueName();
        service.importImage(validImport(name).build());

        assertThatThrownBy(() -> service.importImage(validImport(name).build()))
                .isInstanceOf(NameConflictException.class)
                .hasMessageContaining(name);
        assertThat(fake.requests(action)).hasSize(1);
    }

    /** An import asks for its name once (it must be free) before it is sent. */
    @Test
    void anImportWhoseAnswerIsLostAndWhoseLookupFailsIsStillAnUnknownOutcome() {
        String action = requireImport();
        service.importOsSupport();
        fake.clearRequests();
        fake.faults().forAction(action).next(Fault.dropAfterProcessing());
        fake.faults().forAction(listAction()).from(2, Fault.status(503));

        assertThatThrownBy(() -> service.importImage(validImport(uniqueName()).build()))
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("failed too");
        assertThat(fake.requests(action)).hasSize(1);
    }

    @Test
    void anImportWhoseAnswerIsLostAfterItWasPerformedIsFoundAndNotSentAgain() {
        String action = requireImport();
        fake.clearRequests();
        fake.faults().forAction(action).next(Fault.dropAfterProcessing());

        ImportResult result = service.importImage(validImport(uniqueName()).build());

        assertThat(result.reconciled()).isTrue();
        assertThat(result.imageId()).isNotBlank();
        assertThat(fake.requests(action)).hasSize(1);
    }

    @Test
    void anImportWhoseAnswerIsLateIsFoundAndNotSentAgain() {
        String action = requireImport();
        fake.clearRequests();
        fake.faults().forAction(action).next(Fault.delay(Duration.ofSeconds(3)));

        try (ImageService impatient = open(s -> s.requestTimeout(Duration.ofMillis(500)))) {
            ImportResult result = impatient.importImage(validImport(uniqueName()).build());

            assertThat(result.reconciled()).isTrue();
        }
        assertThat(fake.requests(action)).hasSize(1);
    }

    @Test
    void anImportWhoseRequestWasLostIsReportedAsOutcomeUnknownAndNotSentAgain() {
        String action = requireImport();
        fake.clearRequests();
        fake.faults().forAction(action).next(Fault.drop());

        assertThatThrownBy(() -> service.importImage(validImport(uniqueName()).build()))
                .isInstanceOf(OutcomeUnknownException.class);
        assertThat(fake.requests(action)).hasSize(1);
    }

    @Test
    void anImportAnsweredWithAServerErrorIsNotSentAgain() {
        String action = requireImport();
        fake.clearRequests();
        fake.faults().forAction(action).always(Fault.status(503));

        assertThatThrownBy(() -> service.importImage(validImport(uniqueName()).build()))
                .isInstanceOf(OutcomeUnknownException.class);
        assertThat(fake.requests(action)).hasSize(1);
    }

    @Test
    void anImportTheCloudThrottledIsSentAgainBecauseItWasNotPerformed() {
        String action = requireImport();
        fake.clearRequests();
        fake.faults().forAction(action).next(Fault.throttle());
        Set<String> before = catalogueIds(fake);

        ImportResult result = service.importImage(validImport(uniqueName()).build());

        assertThat(result.imageId()).isNotBlank();
        assertThat(fake.requests(action)).hasSize(2);
        assertThat(catalogueIds(fake)).hasSize(before.size() + 1);
    }

    /** For subclasses' own tests: the error a call ends with. */
    protected static CloudImagesException failureOf(Runnable call) {
        try {
            call.run();
        } catch (CloudImagesException e) {
            return e;
        }
        throw new AssertionError("the call did not fail");
    }
}
