package io.cloudimages.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The Markdown report of a benchmark run: figures, what was expected, and why a figure misses. */
final class Report {

    static final String CHART = "rate-chart.svg";
    private static final double MIB = 1024 * 1024;

    private Report() {
    }

    static String markdown(BenchmarkSuite.Results r) {
        StringBuilder md = new StringBuilder();
        md.append("# cloudimages benchmark results\n\n");
        if (r.plan().quick()) {
            md.append("**A smoke run (`--quick`): every part ran briefly to show it works. These figures mean nothing.**\n\n");
        }
        md.append(String.format(Locale.ROOT, "Measured on %s on %s. Produced by"
                + " `mvn -B -DskipTests -pl benchmarks -am verify -Pbenchmarks`. Every figure is a median of"
                + " repeated runs; each section says how many.%n%n", r.date(), r.machine()));
        costs(md, r);
        rates(md, r);
        fanOut(md, r);
        memory(md, r);
        coldStart(md, r);
        sharedAccount(md, r);
        burst(md, r);
        replicas(md, r);
        jcloudsColdStart(md, r);
        return md.toString();
    }

    private static void costs(StringBuilder md, BenchmarkSuite.Results r) {
        md.append("## 1. CPU cost per call\n\n");
        md.append("JMH, average time per operation with the GC profiler's allocation per operation; medians of the"
                + " measurement iterations (").append(r.costs().isEmpty() ? 0 : r.costs().get(0).iterations())
                .append(" per benchmark, ").append(r.plan().quick() ? "in the harness's JVM" : "one fork, after 5 warm-up iterations")
                .append("). Both are `listPage` through the whole client over loopback, as an application calls it:"
                        + " build the request, take a rate-limit permit (limits lifted), sign, send, read and map the images"
                        + " into the neutral model; the fake cloud's own work (filtering its catalogue, writing the JSON)"
                        + " shares the same two cores and is included. *One image* asks for a page of one: what every call"
                        + " costs whatever it asks. *Page of 100* asks for 100 private images; the difference is what 99"
                        + " more images cost. Signing alone is not measured: the signers are internal to their providers, and the"
                        + " benchmarks use only what an application can.\n\n");
        md.append("| provider | one image (µs/op) | one image (B/op) | page of 100 (µs/op) | page of 100 (B/op) |\n"
                + "|---|---|---|---|---|\n");
        for (String provider : BenchClouds.PROVIDERS) {
            Optional<JmhRuns.Figure> one = figure(r, "SmallestCallBenchmark", provider);
            Optional<JmhRuns.Figure> page = figure(r, "PageRoundTripBenchmark", provider);
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", provider,
                    one.map(f -> fmt(f.microsPerOp(), 0)).orElse("-"), one.map(f -> fmt(f.bytesPerOp(), 0)).orElse("-"),
                    page.map(f -> fmt(f.microsPerOp(), 0)).orElse("-"), page.map(f -> fmt(f.bytesPerOp(), 0)).orElse("-")));
        }
        md.append("\n");
    }

    private static Optional<JmhRuns.Figure> figure(BenchmarkSuite.Results r, String benchmark, String provider) {
        return r.costs().stream().filter(f -> f.benchmark().equals(benchmark) && f.provider().equals(provider)).findFirst();
    }

    private static void rates(StringBuilder md, BenchmarkSuite.Results r) {
        md.append("## 2. Rate-limit accuracy\n\n");
        md.append(String.format(Locale.ROOT, "Callers call one action as fast as they can for %d s against a fake cloud that"
                + " counts arrivals over a strict sliding second and throttles the one over the limit; %d run%s each."
                + " The limiter is the same code for every provider, so the testkit's example provider stands for all of"
                + " them, with its limit set to the published limits of ImportImage (10/s), DescribeImages (40/s) and"
                + " DescribeImportImageOs (288/s). *Whole run* is from the first to the last arrival; *steady* leaves"
                + " out the first second, in which the slow start may run concurrent callers at half rate (a cold start's"
                + " late connections would otherwise bunch up at the server). Expected: no throttling answer, never more"
                + " than N in any sliding second, and at least 99%% of N−1 per second.%n%n", r.plan().rateSeconds(),
                r.plan().rateRuns(), r.plan().rateRuns() == 1 ? "" : "s"));
        md.append("| limit N | callers | whole run (req/s) | steady (req/s) | steady / (N−1) | most in any sliding second |"
                + " throttling answers | meets the expectation |\n|---|---|---|---|---|---|---|---|\n");
        boolean anyMiss = false;
        boolean anyOver = false;
        boolean anySlowStart = false;
        for (int limit : r.plan().limits()) {
            for (int callers : r.plan().callers()) {
                List<RateLimitHarness.Run> runs = r.rates().stream()
                        .filter(run -> run.limit() == limit && run.callers() == callers).toList();
                if (runs.isEmpty()) {
                    continue;
                }
                double whole = Stats.median(runs.stream().map(RateLimitHarness.Run::overallRate).toList());
                double steady = Stats.median(runs.stream().map(RateLimitHarness.Run::steadyRate).toList());
                int most = runs.stream().mapToInt(RateLimitHarness.Run::maxInAnySecond).max().orElse(0);
                long throttled = runs.stream().mapToLong(RateLimitHarness.Run::throttled).sum();
                double share = steady / (limit - 1);
                boolean meets = throttled == 0 && most <= limit && share >= 0.99;
                anyMiss |= !meets;
                anyOver |= throttled > 0 || most > limit;
                anySlowStart |= callers > 1 && whole < 0.99 * steady;
                md.append(String.format(Locale.ROOT, "| %d | %d | %s | %s | %s%% | %d | %d | %s |%n", limit, callers, fmt(whole, 2),
                        fmt(steady, 2), fmt(100 * share, 2), most, throttled, meets ? "yes" : "**no**"));
            }
        }
        md.append("\n![Requests in the last second, allowed and achieved, over each run](").append(CHART).append(")\n\n");
        md.append("In the chart (the first run with the most callers of each limit), the line climbs while the first"
                + " sliding second fills, over two seconds where the slow start halved the first. The small dips afterwards"
                + " are slots given up by late callers, explained below.\n\n");
        md.append(String.format(Locale.ROOT, "The limiter aims at N−1 per second less its %d ms guard on each window"
                + " (0.8%%), so that any N+1 requests span more than a second however late a thread wakes: %s.%n%n",
                io.cloudimages.core.CoreSettings.DEFAULT_RATE_LIMIT_GUARD.toMillis(),
                String.join(", ", r.plan().limits().stream().map(n -> n + "/s → " + fmt(RateLimitHarness.expectedRate(n), 2))
                        .toList())));
        if (anyMiss) {
            md.append("Where a row misses 99%, by a fraction of a percent: the guard already costs 0.8%, and on two busy"
                    + " cores a caller is sometimes woken more than 5 ms after its slot; it then gives the slot up and takes"
                    + " the next one, so that a late request can never use the next second's budget and reach N+1 at the"
                    + " server. Each such wake-up costs one slot; with one caller, so does every answer that takes longer"
                    + " than the spacing (3.5 ms at 288/s) to come back. What would fix it: a smaller guard and a looser expiry,"
                    + " which trade this fraction of a percent against the risk of a throttling answer; or fewer callers"
                    + " than cores.\n\n");
        }
        if (anyOver) {
            md.append("Where a row shows throttling answers or more than N in a sliding second: the limiter grants any N+1"
                    + " requests more than a second apart, by its 8 ms guard, but the fake stamps a request when its handler"
                    + " thread runs. A stall longer than the guard between the grant and that stamp, on the client's side or"
                    + " the fake's (two shared cores, up to 64 callers and the fake's own threads), stamps the requests"
                    + " granted during it together, so that requests granted more than a second apart arrive within one: the"
                    + " arrivals show a gap longer than the guard followed by requests a fraction of a millisecond apart."
                    + " A throttling answer then costs a few seconds at a reduced rate (section 6), which is why"
                    + " such a run's rate is lower. Without such stalls, throttling answers or more than N in a second would"
                    + " be a defect of the limiter.\n\n");
        }
        if (anySlowStart) {
            md.append("Where the *whole run* falls below *steady*, the difference is the first second at half rate, about"
                    + " half a second's requests over the run (2.5% of a 20 s run): that is the price of never bunching"
                    + " requests at a cold start, and the reason the expectation is read on the steady rate. A single caller"
                    + " is not slowed (section 7).\n\n");
        } else {
            md.append("In this run the *whole run* and *steady* rates agree for concurrent callers too: the first second"
                    + " ran at full rate, so the slow start (which halves it for a caller that finds another caller of its"
                    + " key waiting for a permit or an answer) did not engage.\n\n");
        }
    }

    private static void fanOut(StringBuilder md, BenchmarkSuite.Results r) {
        md.append("## 3. Multi-cloud fan-out\n\n");
        if (r.fanOut().isEmpty()) {
            return;
        }
        FanOutHarness.Round first = r.fanOut().get(0);
        double one = Stats.median(r.fanOut().stream().map(FanOutHarness.Round::oneCloudMillis).toList());
        double all = Stats.median(r.fanOut().stream().map(FanOutHarness.Round::fanOutMillis).toList());
        double ratio = Stats.median(r.fanOut().stream().map(FanOutHarness.Round::ratio).toList());
        md.append(String.format(Locale.ROOT, "The same query (private images, one page) over 3 providers × %d regions ="
                + " %d clouds, each cloud answering after %d ms of server latency, listed at once through `MultiCloudListing`"
                + " (one thread per cloud, results streamed as they arrive), against one cloud's listing alone; %d round%s"
                + " after a warm-up round, each with warm connections.%n%n", r.plan().regionsPerProvider(), first.clouds(),
                BenchmarkSuite.SERVER_LATENCY.toMillis(), r.fanOut().size(), r.fanOut().size() == 1 ? "" : "s"));
        md.append("| clouds | one cloud alone (ms) | all at once (ms) | ratio | expected | meets |\n|---|---|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| %d, each on its own endpoint | %s | %s | %s× | ≤ 1.5× | %s |%n", first.clouds(),
                fmt(one, 1), fmt(all, 1), fmt(ratio, 2), ratio <= 1.5 ? "yes" : "**no**"));
        if (!r.sharedEndpoint().isEmpty()) {
            FanOutHarness.Round shared = r.sharedEndpoint().get(0);
            double sharedOne = Stats.median(r.sharedEndpoint().stream().map(FanOutHarness.Round::oneCloudMillis).toList());
            double sharedAll = Stats.median(r.sharedEndpoint().stream().map(FanOutHarness.Round::fanOutMillis).toList());
            md.append(String.format(Locale.ROOT, "| %d tencent-v3 regions on one endpoint | %s | %s | %s× | (limited by design) | - |%n%n",
                    shared.clouds(), fmt(sharedOne, 1), fmt(sharedAll, 1), fmt(sharedAll / sharedOne, 2)));
            md.append(String.format(Locale.ROOT, "The first row is the fan-out itself: each region on its own endpoint, as with"
                    + " Tencent's regional endpoints (`regionalEndpoint=true`) or separate accounts, so no limit is shared."
                    + " The second row is what a platform sees with Tencent's default nearest-gateway endpoint: Tencent"
                    + " counts a limit per action, sub-account and *gateway* region, so the %d regions share one"
                    + " DescribeImages limit of 40/s there, and the limiter spaces their calls about 1/39 s apart; that is"
                    + " the limit being kept, not a cost of the listing. Use regional endpoints to list many regions at once.%n%n",
                    shared.clouds()));
        } else {
            md.append("\n");
        }
        if (ratio > 1.5) {
            md.append("The fan-out missed 1.5×: the clouds' threads, the fakes' servers and the harness share two cores, so"
                    + " their CPU work (signing, JSON for every page) is serialised; on more cores, or against real clouds"
                    + " whose work is not on this machine, the wall time approaches one latency.\n\n");
        }
    }

    private static void memory(StringBuilder md, BenchmarkSuite.Results r) {
        md.append("## 4. Memory of a long listing\n\n");
        if (r.memory().isEmpty()) {
            return;
        }
        MemoryHarness.Run first = r.memory().get(0);
        md.append(String.format(Locale.ROOT, "%,d images (tencent-v3, pages of 100) streamed through the lazy listing"
                + " (`list(query).count()`) in a JVM started with `%s`, against a fake in another JVM; the rate limit"
                + " is lifted so the run takes seconds, not minutes. Peak heap is the largest heap occupancy seen just"
                + " before a collection (or at the end); live heap the largest just after one. %d run%s.%n%n",
                first.images(), MemoryHarness.HEAP, r.memory().size(), r.memory().size() == 1 ? "" : "s"));
        md.append("| images | finished | time (s) | peak heap used (MiB) | live heap after GC (MiB) | heap limit (MiB) |\n"
                + "|---|---|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| %,d | yes | %s | %s | %s | 64 |%n%n", first.images(),
                fmt(median(r.memory(), MemoryHarness.Run::seconds), 1), fmt(median(r.memory(), run -> run.peakHeapBytes() / MIB), 1),
                fmt(median(r.memory(), run -> run.liveBytes() / MIB), 1)));
        md.append("Only one page of images is held at a time. What grows with the listing is its memory of the images it"
                + " returned, so that a cloud repeating itself can never make it return one twice: a 64-bit hash an"
                + " image in an open-addressing table, 2 MiB for 100,000 images.\n\n");
    }

    private static void coldStart(StringBuilder md, BenchmarkSuite.Results r) {
        md.append("## 5. Cold start\n\n");
        if (r.coldStarts().isEmpty()) {
            return;
        }
        md.append(String.format(Locale.ROOT, "A new JVM (the benchmarks' classpath: all three providers) discovers the"
                + " providers with `CloudImages.discover()`, opens a tencent-v3 service and lists its first page from a fake"
                + " on loopback; %d run%s.%n%n", r.coldStarts().size(), r.coldStarts().size() == 1 ? "" : "s"));
        md.append("| JVM start to main (ms) | provider discovery (ms) | open + first call (ms) | JVM start to first answer (ms) |\n"
                + "|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n%n",
                fmt(median(r.coldStarts(), ColdStartHarness.Run::jvmStartToMain), 0),
                fmt(median(r.coldStarts(), ColdStartHarness.Run::discovery), 0),
                fmt(median(r.coldStarts(), ColdStartHarness.Run::firstCall), 0),
                fmt(median(r.coldStarts(), ColdStartHarness.Run::jvmStartToFirst), 0)));
        md.append("The first call carries one-time work: loading and initialising Jackson, Resilience4j and the JDK's HTTP"
                + " client, the TLS-free loopback connection, and the first JIT-less run of the signer and the JSON mapping.\n");
    }

    private static void sharedAccount(StringBuilder md, BenchmarkSuite.Results r) {
        md.append("\n## 6. An account shared with other clients\n\n");
        if (r.sharedAccount().isEmpty()) {
            md.append("Not measured in this run.\n\n");
            return;
        }
        SharedAccountHarness.Run first = r.sharedAccount().get(0);
        int runs = r.sharedAccount().size();
        md.append(String.format(Locale.ROOT, "%d callers list a page in a loop for %d s against a fake cloud that accepts"
                + " %d requests in any sliding second, while the client's limit is set to %d/s: other clients take the"
                + " rest of the account's allowance, so the client-side limit cannot prevent throttling and the client"
                + " must find the rate the cloud accepts from its throttling answers. The fake counts refused arrivals in"
                + " its window too, so a client that keeps sending into throttling starves itself. *Accepted* is the"
                + " arrivals the fake did not throttle, per second; *after %d s* leaves out the time the client takes to"
                + " converge. *Failed calls* are calls that failed throttled once their retries (3 attempts, the default)"
                + " ran out; their callers carry on. Expected: after convergence, at least 80%% of the %d/s the cloud"
                + " accepts. %d run%s.%n%n", first.callers(), first.seconds(), first.cloudLimit(), first.clientLimit(),
                first.convergenceSeconds(), first.cloudLimit(), runs, runs == 1 ? "" : "s"));
        md.append("| cloud allows | client limit | callers | accepted, whole run (req/s) | accepted after convergence (req/s) |"
                + " share of what the cloud allows | throttling answers | failed calls | most in any sliding second,"
                + " whole run / after convergence | meets the expectation |\n|---|---|---|---|---|---|---|---|---|---|\n");
        double share = median(r.sharedAccount(), SharedAccountHarness.Run::share);
        md.append(String.format(Locale.ROOT, "| %d/s | %d/s | %d | %s | %s | %s%% | %d | %d | %d / %d | %s |%n%n",
                first.cloudLimit(), first.clientLimit(), first.callers(),
                fmt(median(r.sharedAccount(), SharedAccountHarness.Run::acceptedRate), 2),
                fmt(median(r.sharedAccount(), SharedAccountHarness.Run::convergedRate), 2), fmt(100 * share, 1),
                r.sharedAccount().stream().mapToLong(SharedAccountHarness.Run::throttled).sum(),
                r.sharedAccount().stream().mapToLong(SharedAccountHarness.Run::failedCalls).sum(),
                r.sharedAccount().stream().mapToInt(SharedAccountHarness.Run::maxInAnySecond).max().orElse(0),
                r.sharedAccount().stream().mapToInt(SharedAccountHarness.Run::maxInAnySecondConverged).max().orElse(0),
                share >= 0.8 ? "yes" : "**no**"));
        md.append("Accepted in each second of the first run: ").append(String.join(", ",
                first.acceptedPerSecond().stream().map(String::valueOf).toList())).append(".\n\n");
        md.append("The client starts at its own limit (half of it for the first second: the callers are concurrent) and"
                + " is throttled at once; a throttling answer cuts the rate to 3/4 of what the key sent in the last second"
                + " (at most one cut a second), and the rate then grows back by a tenth of the cut rate each second"
                + " (additive increase, multiplicative decrease), so it settles in a saw-tooth just under what the cloud"
                + " accepts rather than at it. Issue 10 measured about 1.2 requests/s for almost five minutes here with"
                + " the earlier hold-back, which paused the action for a doubling time, up to 10 s, at every throttling"
                + " answer, and then let it go at the client's full limit: it got about one second's allowance through"
                + " every ten seconds.\n\n");
    }

    private static void burst(StringBuilder md, BenchmarkSuite.Results r) {
        md.append("## 7. A short burst from one caller\n\n");
        if (r.bursts().isEmpty()) {
            md.append("Not measured in this run.\n\n");
            return;
        }
        BurstHarness.Run first = r.bursts().get(0);
        int n = first.limit();
        int runs = r.bursts().size();
        md.append(String.format(Locale.ROOT, "One thread lists %d images one a page (`ImageQuery.pageSize(1)` through"
                + " `list(...)`), so %d requests one after the other, against a fresh fake that allows %d in any sliding"
                + " second and a fresh rate limiter: the rate-limit key is cold, as when a program starts, which is when"
                + " the slow start applies. A single caller's requests follow its answers, so they cannot bunch up at the"
                + " server, and it goes at full speed from its first request. *Rate* is arrivals from the first to the"
                + " last. Expected: at least 95%% of N−1 = %d/s, never more than %d in any sliding second, and no"
                + " throttling answer. %d run%s%s.%n%n", first.pages(), first.pages(), n, n - 1, n, runs,
                runs == 1 ? "" : "s", r.plan().quick() ? "" : ", after a warm-up run"));
        md.append("| limit N | requests | rate, slowest run (req/s) | rate, median (req/s) | median / (N−1) |"
                + " most in any sliding second | throttling answers | meets the expectation |\n|---|---|---|---|---|---|---|---|\n");
        double median = median(r.bursts(), BurstHarness.Run::rate);
        double share = median / (n - 1);
        int most = r.bursts().stream().mapToInt(BurstHarness.Run::maxInAnySecond).max().orElse(0);
        long throttled = r.bursts().stream().mapToLong(BurstHarness.Run::throttled).sum();
        md.append(String.format(Locale.ROOT, "| %d | %d | %s | %s | %s%% | %d | %d | %s |%n%n", n, first.requests(),
                fmt(r.bursts().stream().mapToDouble(BurstHarness.Run::rate).min().orElse(Double.NaN), 2), fmt(median, 2),
                fmt(100 * share, 1), most, throttled, share >= 0.95 && most <= n && throttled == 0 ? "yes" : "**no**"));
        md.append(String.format(Locale.ROOT, "The limiter aims at %s/s, as in section 2. What a burst loses beyond that is"
                + " time the caller did not get: a caller woken more than 5 ms after its slot takes the next one, and an"
                + " answer that comes back later than the next slot (%s ms apart) is followed by a request sent at once and"
                + " paced from then, since the limiter never lets a late caller catch up; both grow with the load of the"
                + " machine. Issue 10 measured 34.7 requests/s for 200 such pages when the slow start halved the first"
                + " second of a single caller too.%n", fmt(RateLimitHarness.expectedRate(n), 2),
                fmt(1000.0 / RateLimitHarness.expectedRate(n), 1)));
    }

    private static void replicas(StringBuilder md, BenchmarkSuite.Results r) {
        md.append("\n## 8. Replicas sharing one account's limits on Redis\n\n");
        if (r.replicas().isEmpty()) {
            md.append("Not measured in this run.\n\n");
            return;
        }
        md.append(String.format(Locale.ROOT, "1, 2 and 4 replicas, each a JVM of its own with %d callers, call one action"
                + " for %d s with the `redis` rate-limiter backend (a real Redis 7 on loopback) against a fake cloud that"
                + " allows N arrivals in any sliding second and throttles the rest. *Rate* is the arrivals at the fake"
                + " per second after the first second (the slow start); the replicas and the fake share the machine's"
                + " cores. Expected: at least 95%% of N across the replicas where the bucket allows it (N/50 burst, N−N/50"
                + " refilled every 1.018 s: 96.5%% at 288/s, 95.8%% at 40/s; 88.4%% at 10/s, since any sliding-second"
                + " bound with a burst of one sustains at most N−1), never more than N in any sliding second, and no"
                + " throttling answer.%n%n", ReplicaHarness.CALLERS_PER_REPLICA, r.replicas().get(0).seconds()));
        md.append("| limit N | replicas | rate (req/s) | share of N | most in any sliding second | throttling answers |"
                + " Redis too slow (calls) | meets the expectation |\n|---|---|---|---|---|---|---|---|\n");
        for (ReplicaHarness.Run run : r.replicas()) {
            double expected = Math.min(0.95, ((run.limit() - Math.max(1, run.limit() / 50)) / 1.018) / run.limit());
            boolean meets = run.share() >= expected - 0.005 && run.busiestSecond() <= run.limit() && run.throttles() == 0;
            md.append(String.format(Locale.ROOT, "| %d | %d | %s | %s%% | %d | %d | %d | %s |%n", run.limit(), run.replicas(),
                    fmt(run.rate(), 1), fmt(100 * run.share(), 1), run.busiestSecond(), run.throttles(), run.unavailable(),
                    meets ? "yes" : "**no**"));
        }
        md.append("\nThe cost of one permit, one caller taking permits of a thousand keys in turn so that none waits for"
                + " its slot:\n\n| backend | µs per permit |\n|---|---|\n");
        for (ReplicaHarness.PermitCost cost : r.permitCosts()) {
            md.append(String.format(Locale.ROOT, "| %s | %s |%n", cost.backend(), fmt(cost.microsPerPermit(), 1)));
        }
        md.append("\nA permit from Redis is a read and a compare-and-swap script over loopback (Bucket4j); a JVM's"
                + " concurrent requests for one bucket go as one.\n");
    }

    private static void jcloudsColdStart(StringBuilder md, BenchmarkSuite.Results r) {
        md.append("\n## 9. A jclouds context's cold start\n\n");
        List<JcloudsColdStartHarness.Run> runs = r.jcloudsColdStarts();
        if (runs.isEmpty()) {
            md.append("Not measured in this run.\n");
            return;
        }
        md.append(String.format(Locale.ROOT, "A new JVM (the benchmarks' classpath, with the jclouds bridge) does what the"
                + " README's *From jclouds* shows: `ContextBuilder.newBuilder(\"tencent-v3\")`, then"
                + " `buildView(ComputeServiceContext.class)` with credentials, the endpoint of a fake on loopback and"
                + " `jclouds.regions=ap-guangzhou`, then one `listImages()` (the fake's %d images of the region: cloudimages"
                + " discovers its providers, opens the service, sends DescribeImages and maps the images to jclouds'). Then"
                + " the same again for a second context in the same, now warm, JVM. %d run%s; *classes* is how many the JVM"
                + " has loaded by the end of each step.%n%n", runs.get(0).images(), runs.size(), runs.size() == 1 ? "" : "s"));
        double find = median(runs, JcloudsColdStartHarness.Run::newBuilder);
        double build = median(runs, JcloudsColdStartHarness.Run::buildView);
        double list = median(runs, JcloudsColdStartHarness.Run::firstList);
        double secondBuild = median(runs, JcloudsColdStartHarness.Run::secondBuildView);
        double secondList = median(runs, JcloudsColdStartHarness.Run::secondFirstList);
        double classesBuilt = median(runs, run -> run.classesAfterBuild() - run.classesAtMain());
        double classesListed = median(runs, run -> run.classesAfterList() - run.classesAfterBuild());
        md.append("| context | find the provider (ms) | build the context (ms) | first listImages (ms) | classes: at main,"
                + " built, listed |\n|---|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| first, in a new JVM | %s | %s | %s | %s, %s, %s |%n", fmt(find, 0),
                fmt(build, 0), fmt(list, 0), fmt(median(runs, run -> run.classesAtMain()), 0),
                fmt(median(runs, run -> run.classesAfterBuild()), 0), fmt(median(runs, run -> run.classesAfterList()), 0)));
        md.append(String.format(Locale.ROOT, "| second, same JVM | %s | %s | %s | |%n%n",
                fmt(median(runs, JcloudsColdStartHarness.Run::secondNewBuilder), 0), fmt(secondBuild, 0), fmt(secondList, 0)));
        md.append(String.format(Locale.ROOT, "From the JVM's start to the images in hand: %s ms (runs from %s to %s ms:"
                + " the machine's two cores are shared, and a JVM that starts cold waits for them).%n%n",
                fmt(median(runs, JcloudsColdStartHarness.Run::jvmStartToImages), 0),
                fmt(runs.stream().mapToDouble(JcloudsColdStartHarness.Run::jvmStartToImages).min().orElseThrow(), 0),
                fmt(runs.stream().mapToDouble(JcloudsColdStartHarness.Run::jvmStartToImages).max().orElseThrow(), 0)));
        md.append(String.format(Locale.ROOT, "What dominates is the JVM's one-time work, not each context's: a second"
                + " context builds in %s ms and lists in %s ms. The first build (%s%% of the time from `newBuilder` to the"
                + " images) loads and initialises %s classes (Guava, Guice, jclouds and Gson, and the JDK's reflection and"
                + " concurrency classes Guice uses) and builds Guice's injector over jclouds' modules before the JIT has"
                + " compiled anything. The first `listImages` (%s%%) is the cloudimages client's own cold start (section 5:"
                + " Jackson, Resilience4j and the JDK's HTTP client, %s more classes) and the mapping. A platform pays it"
                + " once per JVM.%n", fmt(secondBuild, 0), fmt(secondList, 0), fmt(100 * build / (find + build + list), 0),
                fmt(classesBuilt, 0), fmt(100 * list / (find + build + list), 0), fmt(classesListed, 0)));
    }

    private static <T> double median(List<T> runs, ToDoubleFunction<T> figure) {
        return Stats.median(runs.stream().map(figure::applyAsDouble).toList());
    }

    private static String fmt(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** This machine: cores, CPU model, operating system and JDK. */
    static String machine() {
        return String.format(Locale.ROOT, "%d cores (%s), %s %s, Java %s (%s)", Runtime.getRuntime().availableProcessors(),
                cpuModel().orElse("CPU model unknown"), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
