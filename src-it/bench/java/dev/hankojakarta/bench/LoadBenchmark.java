package dev.hankojakarta.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hankojakarta.bench.floor.AdminOnlyResource;
import dev.hankojakarta.bench.floor.FixedCallerMechanism;
import dev.hankojakarta.bench.floor.FloorApplication;
import dev.hankojakarta.bench.floor.PublicWhoAmIResource;
import dev.hankojakarta.it.PayaraProcess;
import dev.hankojakarta.it.SampleDeployment;
import dev.hankojakarta.sample.WhoAmIResource;
import dev.hankojakarta.testkit.HankoStandIn;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Load benchmark ({@code mvn -Pload package}): wrk against one Payara Micro instance serving, side by side,
 * <ul>
 * <li>the sample application in each validation mode (remote without cache, remote, hybrid, local),</li>
 * <li>two floor applications with the same resource behind a mechanism that logs a caller in without any validation
 * (what Jakarta Security itself costs), one with a fixed caller and one with a caller per distinct token, and</li>
 * <li>the ceilings: the same plain-text answer as a public resource, and the sample's public JSON resource, both
 * without a token,</li>
 * </ul>
 * with the Hanko stand-in answering after a delay (default 20 ms, a nearby Hanko Cloud). After two warm-up passes it
 * measures every scenario in {@code bench.rounds} interleaved rounds and writes {@code target/bench/load-report.md}:
 * the median round's throughput at saturation and p50/p99 at 8 connections, Hanko calls, ratios to the floors and the
 * ceiling, and where the time goes (JFR, recording from the server's start, cut to the saturated runs of the many-user
 * floor and the many-user hybrid mode in the last round). {@code -Dbench.only=hybrid,local} runs only the scenarios
 * whose names contain one of the parts, besides the floors and ceilings.
 */
public final class LoadBenchmark {

    private static final int PORT = Integer.getInteger("bench.port", 18080);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int SATURATION_CONNECTIONS = Integer.getInteger("bench.connections", 32);
    private static final int USERS = 1000;
    /** Every scenario is measured this many times, the rounds interleaved; the report gives the median. */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    /** Comma-separated parts of scenario names; only matching scenarios run (besides the floor and ceiling). */
    private static final String ONLY = System.getProperty("bench.only", "");
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warm-up-seconds", 3);
    private static final String CEILING = "ceiling: the same plain-text answer, public, no token";
    private static final String FLOOR = "floor: fixed caller, no validation";
    private static final String FLOOR_MANY = "floor: " + USERS + " distinct callers, no validation";
    private static final String REMOTE_UNCACHED = "remote-nocache, 1 user";
    private static final List<String> PROFILED = List.of(FLOOR_MANY, "hybrid, " + USERS + " users");

    /** {@code tokens}: the file of tokens wrk sends, one per line, or null for none; {@code users}: how many. */
    private record Scenario(String name, String path, String tokens, int users) {
    }

    private record Result(Scenario scenario, double rps, double p50Ms, double p99Ms, long requests, long errors,
            double callsPer1000, double callsPerToken, double lowestRps, double highestRps) {

        Result(Scenario scenario, double rps, double p50Ms, double p99Ms, long requests, long errors,
                double callsPer1000, double callsPerToken) {
            this(scenario, rps, p50Ms, p99Ms, requests, errors, callsPer1000, callsPerToken, rps, rps);
        }
    }

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        requireWrk();
        Path work = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(work);
        Duration delay = Duration.ofMillis(Long.getLong("bench.hanko-delay-ms", 20));

        HankoStandIn hanko = HankoStandIn.start();
        hanko.delay(delay);
        String api = hanko.apiUrl().toString();
        Map<String, Map<String, String>> modes = new LinkedHashMap<>();
        modes.put("remote-nocache", Map.of("hanko.api-url", api, "hanko.validation", "remote", "hanko.cache.ttl", "0"));
        modes.put("remote-cache", Map.of("hanko.api-url", api, "hanko.validation", "remote"));
        modes.put("hybrid", Map.of("hanko.api-url", api));
        modes.put("local", Map.of("hanko.api-url", api, "hanko.validation", "local"));
        List<Path> wars = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> mode : modes.entrySet()) {
            wars.add(export(SampleDeployment.war(mode.getKey(), mode.getValue()), work));
        }
        wars.add(export(ShrinkWrap.create(WebArchive.class, "floor.war")
                .addClasses(FloorApplication.class, FixedCallerMechanism.class, WhoAmIResource.class,
                        PublicWhoAmIResource.class, AdminOnlyResource.class), work));
        wars.add(export(ShrinkWrap.create(WebArchive.class, "floormany.war")
                .addClasses(FloorApplication.class, FixedCallerMechanism.class, WhoAmIResource.class)
                .addAsResource(new StringAsset("floor.distinct-callers=true\n"),
                        "META-INF/microprofile-config.properties"), work));

        Path oneToken = work.resolve("token-1.txt");
        Files.writeString(oneToken, hanko.user().sign() + "\n");
        Path manyTokens = work.resolve("tokens-" + USERS + ".txt");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < USERS; i++) {
            many.append(hanko.user().sign()).append('\n');
        }
        Files.writeString(manyTokens, many);

        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(new Scenario(CEILING, "/floor/api/public-whoami", null, 0));
        scenarios.add(new Scenario("the sample's public JSON resource, no token", "/hybrid/api/public", null, 0));
        scenarios.add(new Scenario(FLOOR, "/floor/api/whoami", oneToken.toString(), 1));
        scenarios.add(new Scenario(FLOOR_MANY, "/floormany/api/whoami", manyTokens.toString(), USERS));
        for (String mode : modes.keySet()) {
            scenarios.add(new Scenario(mode + ", 1 user", "/" + mode + "/api/whoami", oneToken.toString(), 1));
            scenarios.add(new Scenario(mode + ", " + USERS + " users", "/" + mode + "/api/whoami",
                    manyTokens.toString(), USERS));
        }

        if (!ONLY.isBlank()) {
            List<String> wanted = List.of(ONLY.split(","));
            scenarios.removeIf(s -> s.tokens() != null && !s.name().startsWith("floor")
                    && wanted.stream().noneMatch(w -> s.name().contains(w.trim())));
        }

        Path log = work.resolve("payara.log");
        System.out.println("Starting Payara Micro with " + wars.size() + " applications; log: " + log);
        try (PayaraProcess payara = PayaraProcess.start(wars, null, PORT,
                List.of("-Xms1g", "-Xmx1g", "-Xlog:gc:file=" + work.resolve("gc.log").toAbsolutePath(),
                        // Recording from the start, with the default settings (about 1 % overhead): starting a
                        // recording later makes the JVM recompile much of the server, and the profile would show that.
                        "-XX:StartFlightRecording=name=bench,settings=default,disk=true,maxage=15m",
                        "-XX:FlightRecorderOptions=stackdepth=256"), log,
                System.out::println)) {
            if (!payara.awaitReady(300)) {
                throw new IllegalStateException("Payara Micro did not start; see " + log);
            }
            checkSetUp(scenarios, hanko.user().sign());
            // Warm every application up first, twice, so that no scenario is measured on a colder JIT than another:
            // on two cores the JIT needs well over a minute of load to finish with the server's own code.
            for (int pass = 1; pass <= 2; pass++) {
                for (Scenario scenario : scenarios) {
                    System.out.println("== warm-up " + pass + ": " + scenario.name());
                    wrk(url(scenario), scenario.tokens(), 2, SATURATION_CONNECTIONS, 5, work);
                }
            }
            // Rounds interleave the scenarios, so that a slow moment of the machine hits one round of several
            // scenarios rather than every round of one; the report gives each scenario's median round.
            Map<Scenario, List<Result>> rounds = new LinkedHashMap<>();
            StringBuilder profiles = new StringBuilder();
            for (int round = 1; round <= ROUNDS; round++) {
                for (Scenario scenario : scenarios) {
                    System.out.println("== round " + round + " of " + ROUNDS);
                    Path jfr = round == ROUNDS && PROFILED.contains(scenario.name())
                            ? work.resolve(scenario.path().split("/")[1] + "-" + scenario.users() + ".jfr")
                            : null;
                    rounds.computeIfAbsent(scenario, s -> new ArrayList<>())
                            .add(run(scenario, hanko, work, payara, jfr, profiles));
                }
            }
            List<Result> results = rounds.values().stream().map(LoadBenchmark::median).toList();
            String report = report(results, delay, profiles.toString());
            Files.writeString(work.resolve("load-report.md"), report);
            System.out.println(report);
        } finally {
            hanko.close();
        }
    }

    /**
     * Before anything is measured: every scenario answers 200 (the public ones without a token), and the floor refuses
     * a role its caller lacks, so that it pays for the role check as the library does.
     */
    private static void checkSetUp(List<Scenario> scenarios, String token) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (Scenario scenario : scenarios) {
            expect(client, url(scenario), scenario.tokens() == null ? null : token, 200);
        }
        expect(client, "http://127.0.0.1:" + PORT + "/floor/api/admin-only", token, 403);
    }

    private static void expect(HttpClient client, String url, String token, int status)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        int actual = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (actual != status) {
            throw new IllegalStateException(url + " answered " + actual + " instead of " + status
                    + (token == null ? " without a token" : " with a token"));
        }
    }

    private static String url(Scenario scenario) {
        return "http://127.0.0.1:" + PORT + scenario.path();
    }

    /**
     * One round of one scenario: a warm-up that also fills the scenario's cache (the targets are for a warm cache),
     * then saturation, then the moderate load. Hanko's calls are counted from the warm-up on, so that the calls that
     * filled the cache count too.
     */
    private static Result run(Scenario scenario, HankoStandIn hanko, Path work, PayaraProcess payara, Path jfr,
            StringBuilder profiles) throws Exception {
        String url = url(scenario);
        System.out.println("== " + scenario.name());
        hanko.resetCounters();
        Wrk warm = wrk(url, scenario.tokens(), 2, SATURATION_CONNECTIONS, WARM_UP_SECONDS, work);
        System.out.println("Hanko calls after the warm-up: " + hanko.validateCalls());
        Instant begin = Instant.now();
        Wrk saturated = wrk(url, scenario.tokens(), 2, SATURATION_CONNECTIONS, SECONDS, work);
        System.out.println("Hanko calls after saturation: " + hanko.validateCalls());
        if (jfr != null) {
            Instant end = Instant.now();
            // The dump holds whole chunks of the recording; the summary counts the saturated run's samples only.
            jcmd(payara, "JFR.dump", "name=bench", "begin=" + begin.truncatedTo(ChronoUnit.SECONDS),
                    "end=" + end.plusSeconds(1).truncatedTo(ChronoUnit.SECONDS), "filename=" + jfr.toAbsolutePath());
            profiles.append("\n### ").append(scenario.name()).append(" (").append(jfr.getFileName())
                    .append(", the saturated run of the last round)\n\n").append(hotspots(jfr, begin, end));
        }
        Wrk moderate = wrk(url, scenario.tokens(), 1, 8, SECONDS, work);
        System.out.println("Hanko calls after the moderate load: " + hanko.validateCalls());
        long requests = warm.requests + saturated.requests + moderate.requests;
        double callsPer1000 = requests == 0 ? 0 : hanko.validateCalls() * 1000.0 / requests;
        double callsPerToken = scenario.users() == 0 ? 0 : (double) hanko.validateCalls() / scenario.users();
        return new Result(scenario, saturated.rps, moderate.p50Ms, moderate.p99Ms, requests,
                warm.errors + saturated.errors + moderate.errors, callsPer1000, callsPerToken);
    }

    /** The round with the median throughput; its latencies and calls are reported with it. */
    private static Result median(List<Result> rounds) {
        List<Result> sorted = rounds.stream().sorted(Comparator.comparingDouble(Result::rps)).toList();
        Result middle = sorted.get(sorted.size() / 2);
        long errors = rounds.stream().mapToLong(Result::errors).sum();
        double lowest = sorted.get(0).rps();
        double highest = sorted.get(sorted.size() - 1).rps();
        return new Result(middle.scenario(), middle.rps(), middle.p50Ms(), middle.p99Ms(), middle.requests(), errors,
                middle.callsPer1000(), middle.callsPerToken(), lowest, highest);
    }

    private record Wrk(double rps, double p50Ms, double p99Ms, long requests, long errors) {
    }

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern ERRORS = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors:.*?timeout (\\d+)");

    private static Wrk wrk(String url, String tokens, int threads, int connections, int seconds, Path work)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--latency", "--timeout", "10s"));
        if (tokens != null) {
            Path script = work.resolve("tokens.lua");
            try (var in = LoadBenchmark.class.getResourceAsStream("/tokens.lua")) {
                Files.write(script, in.readAllBytes());
            }
            command.addAll(List.of("-s", script.toString(), url, "--", tokens));
        } else {
            command.add(url);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        System.out.print(out);
        return new Wrk(number(RPS, out), latency(out, "50%"), latency(out, "99%"), (long) number(REQUESTS, out),
                (long) number(ERRORS, out) + (long) number(SOCKET_ERRORS, out));
    }

    private static double number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static double latency(String out, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static void jcmd(PayaraProcess payara, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        command.add(Long.toString(payara.pid()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
    }

    /** What the profile summary counts: a sample is in a group when any frame of its stack belongs to it. */
    private static final Map<String, Predicate<String>> GROUPS = new LinkedHashMap<>();

    private static final Predicate<String> LIBRARY = type -> type.startsWith("dev.hankojakarta.")
            && !type.startsWith("dev.hankojakarta.bench.") && !type.startsWith("dev.hankojakarta.sample.");

    static {
        GROUPS.put("hanko-jakarta (this library)", LIBRARY);
        GROUPS.put("nimbus-jose-jwt", type -> type.startsWith("com.nimbusds."));
        GROUPS.put("Caffeine", type -> type.startsWith("com.github.benmanes.caffeine."));
        GROUPS.put("SHA-256", type -> type.startsWith("sun.security.provider.SHA2")
                || type.startsWith("sun.security.provider.DigestBase"));
        GROUPS.put("RSA (BigInteger, sun.security.rsa)", type -> type.startsWith("sun.security.rsa.")
                || type.equals("java.math.BigInteger"));
        GROUPS.put("Soteria (Jakarta Security)", type -> type.startsWith("org.glassfish.soteria."));
        GROUPS.put("Jersey (JAX-RS)", type -> type.startsWith("org.glassfish.jersey."));
        GROUPS.put("Weld (CDI)", type -> type.startsWith("org.jboss.weld."));
        GROUPS.put("Catalina (servlet container)", type -> type.startsWith("org.apache.catalina."));
        GROUPS.put("Grizzly (HTTP)", type -> type.startsWith("org.glassfish.grizzly."));
    }

    /** Share of CPU samples per top frame, and the inclusive share of each library on the stack. */
    private static String hotspots(Path jfr, Instant begin, Instant end) throws IOException {
        if (!Files.exists(jfr)) {
            return "(no JFR recording)\n";
        }
        Map<String, Integer> self = new TreeMap<>();
        Map<String, Integer> library = new TreeMap<>();
        Map<String, Integer> inclusive = new LinkedHashMap<>();
        GROUPS.keySet().forEach(group -> inclusive.put(group, 0));
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStartTime().isBefore(begin) || event.getStartTime().isAfter(end)) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            total++;
            RecordedFrame top = frames.get(0);
            self.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
            for (Map.Entry<String, Predicate<String>> group : GROUPS.entrySet()) {
                if (frames.stream().anyMatch(f -> group.getValue().test(f.getMethod().getType().getName()))) {
                    inclusive.merge(group.getKey(), 1, Integer::sum);
                }
            }
            frames.stream().filter(f -> LIBRARY.test(f.getMethod().getType().getName()))
                    .map(f -> f.getMethod().getType().getName().replace("dev.hankojakarta.", "") + "."
                            + f.getMethod().getName())
                    .distinct().forEach(method -> library.merge(method, 1, Integer::sum));
        }
        StringBuilder text = new StringBuilder();
        text.append("CPU samples: ").append(total).append("\n\n");
        text.append("| on the stack (inclusive) | share of samples |\n| --- | ---: |\n");
        for (Map.Entry<String, Integer> e : inclusive.entrySet()) {
            text.append("| ").append(e.getKey()).append(" | ").append(percent(e.getValue(), total)).append(" |\n");
        }
        text.append("\n| hottest methods (self) | share of samples |\n| --- | ---: |\n");
        int samples = total;
        self.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                .forEach(e -> text.append("| `").append(e.getKey()).append("` | ")
                        .append(percent(e.getValue(), samples)).append(" |\n"));
        if (!library.isEmpty()) {
            text.append("\n| this library's methods (inclusive) | share of samples |\n| --- | ---: |\n");
            library.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(10)
                    .forEach(e -> text.append("| `").append(e.getKey()).append("` | ")
                            .append(percent(e.getValue(), samples)).append(" |\n"));
        }
        return text.toString();
    }

    private static String percent(int part, int total) {
        return total == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / total);
    }

    private static String report(List<Result> results, Duration delay, String hotspots) throws IOException {
        Map<String, Result> byName = new LinkedHashMap<>();
        results.forEach(r -> byName.put(r.scenario().name(), r));
        Result ceiling = byName.get(CEILING);
        Result floor = byName.get(FLOOR);
        Result floorMany = byName.get(FLOOR_MANY);
        // Absent from a run with -Dbench.only that leaves it out: then the column says n/a rather than compare to
        // something else.
        Result remoteUncached = byName.get(REMOTE_UNCACHED);
        StringBuilder text = new StringBuilder();
        text.append("Machine: ").append(machine()).append('\n')
                .append("Hanko stand-in delay: ").append(delay.toMillis()).append(" ms; per scenario and round: ")
                .append(WARM_UP_SECONDS).append(" s warm-up (fills the cache), then saturation (wrk -t2 -c")
                .append(SATURATION_CONNECTIONS).append(") and latency (wrk -t1 -c8), ").append(SECONDS)
                .append(" s each; ").append(ROUNDS).append(" interleaved rounds, the median round reported.\n\n");
        text.append("| scenario | req/s (saturated) | lowest–highest round | × floor | × floor, same callers | × ceiling "
                + "| p50 ms (8 conn) | p99 ms (8 conn) | p50 ÷ uncached remote | Hanko calls / 1000 req "
                + "| Hanko calls / token | errors |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Result r : results) {
            Result sameCallers = r.scenario().users() == USERS ? floorMany : floor;
            String toUncached = remoteUncached == null ? "n/a"
                    : String.format(Locale.ROOT, "%.2f", r.p50Ms() / remoteUncached.p50Ms());
            text.append(String.format(Locale.ROOT,
                    "| %s | %.0f | %.0f–%.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %s | %.1f | %.2f | %d |%n",
                    r.scenario().name(), r.rps(), r.lowestRps(), r.highestRps(), r.rps() / floor.rps(),
                    r.rps() / sameCallers.rps(), r.rps() / ceiling.rps(), r.p50Ms(), r.p99Ms(), toUncached,
                    r.callsPer1000(), r.callsPerToken(), r.errors()));
        }
        text.append('\n').append(hotspots);
        return text.toString();
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap of the load driver, Java "
                + System.getProperty("java.version") + ", Payara Micro " + System.getProperty("payara.version", "?");
    }

    private static void requireWrk() throws InterruptedException {
        try {
            new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("The load benchmark needs wrk: apt-get install wrk");
        }
    }

    private static Path export(WebArchive war, Path dir) {
        Path file = dir.resolve(war.getName());
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }
}
