package dev.hankojakarta.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hankojakarta.bench.floor.FixedCallerMechanism;
import dev.hankojakarta.bench.floor.FloorApplication;
import dev.hankojakarta.it.PayaraProcess;
import dev.hankojakarta.it.SampleDeployment;
import dev.hankojakarta.sample.WhoAmIResource;
import dev.hankojakarta.standin.HankoStandIn;
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
 * <li>a floor application with the same resource behind a mechanism that logs a fixed caller in without any
 * validation (what Jakarta Security itself costs), and</li>
 * <li>the sample's public resource without a token (the ceiling),</li>
 * </ul>
 * with the Hanko stand-in answering after a delay (default 20 ms, a nearby Hanko Cloud). It writes
 * {@code target/bench/load-report.md}: throughput at saturation, p50/p99 at 8 connections, Hanko calls per 1000
 * requests, ratios to the floor and the ceiling, and where the time goes (a JFR recording of the hybrid run).
 */
public final class LoadBenchmark {

    private static final int PORT = Integer.getInteger("bench.port", 18080);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    private static final int SATURATION_CONNECTIONS = Integer.getInteger("bench.connections", 32);
    private static final int USERS = 1000;

    private record Scenario(String name, String path, String tokens) {
    }

    private record Result(Scenario scenario, double rps, double p50Ms, double p99Ms, long requests, long errors,
            double callsPer1000) {
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
                .addClasses(FloorApplication.class, FixedCallerMechanism.class, WhoAmIResource.class), work));
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
        scenarios.add(new Scenario("ceiling: public resource, no token", "/hybrid/api/public", null));
        scenarios.add(new Scenario("floor: fixed caller, no validation", "/floor/api/whoami", oneToken.toString()));
        scenarios.add(new Scenario("floor: " + USERS + " distinct callers, no validation", "/floormany/api/whoami",
                manyTokens.toString()));
        for (String mode : modes.keySet()) {
            scenarios.add(new Scenario(mode + ", 1 user", "/" + mode + "/api/whoami", oneToken.toString()));
            scenarios.add(new Scenario(mode + ", " + USERS + " users", "/" + mode + "/api/whoami",
                    manyTokens.toString()));
        }

        Path log = work.resolve("payara.log");
        System.out.println("Starting Payara Micro with " + wars.size() + " applications; log: " + log);
        Path jfr = work.resolve("hybrid.jfr");
        try (PayaraProcess payara = PayaraProcess.start(wars, null, PORT,
                List.of("-Xms1g", "-Xmx1g"), log, System.out::println)) {
            if (!payara.awaitReady(300)) {
                throw new IllegalStateException("Payara Micro did not start; see " + log);
            }
            // Warm every application up first, so that no scenario is measured on a colder JIT than another.
            for (Scenario scenario : scenarios) {
                System.out.println("== warm-up: " + scenario.name());
                wrk(url(scenario), scenario.tokens(), 2, SATURATION_CONNECTIONS, Math.max(3, SECONDS / 2), work);
            }
            List<Result> results = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                results.add(run(scenario, hanko, work));
            }
            // The profile is recorded in a run of its own, after the measurements, so that it disturbs none of them.
            Scenario profiled = scenarios.stream().filter(s -> s.name().equals("hybrid, " + USERS + " users"))
                    .findFirst().orElseThrow();
            jcmd(payara, "JFR.start", "name=hanko", "settings=profile");
            wrk(url(profiled), profiled.tokens(), 2, SATURATION_CONNECTIONS, SECONDS, work);
            jcmd(payara, "JFR.dump", "name=hanko", "filename=" + jfr.toAbsolutePath());
            jcmd(payara, "JFR.stop", "name=hanko");
            String report = report(results, delay, hotspots(jfr));
            Files.writeString(work.resolve("load-report.md"), report);
            System.out.println(report);
        } finally {
            hanko.close();
        }
    }

    private static String url(Scenario scenario) {
        return "http://127.0.0.1:" + PORT + scenario.path();
    }

    private static Result run(Scenario scenario, HankoStandIn hanko, Path work) throws Exception {
        String url = url(scenario);
        System.out.println("== " + scenario.name());
        hanko.resetCounters();
        Wrk saturated = wrk(url, scenario.tokens(), 2, SATURATION_CONNECTIONS, SECONDS, work);
        Wrk moderate = wrk(url, scenario.tokens(), 1, 8, SECONDS, work);
        long requests = saturated.requests + moderate.requests;
        double callsPer1000 = requests == 0 ? 0 : hanko.validateCalls() * 1000.0 / requests;
        return new Result(scenario, saturated.rps, moderate.p50Ms, moderate.p99Ms, requests,
                saturated.errors + moderate.errors, callsPer1000);
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

    /** Share of CPU samples per top frame, and the inclusive share of each library on the stack. */
    private static String hotspots(Path jfr) throws IOException {
        if (!Files.exists(jfr)) {
            return "(no JFR recording)\n";
        }
        Map<String, Integer> self = new TreeMap<>();
        Map<String, Integer> inclusive = new LinkedHashMap<>();
        for (String group : List.of("dev.hankojakarta", "com.nimbusds", "com.github.benmanes.caffeine",
                "java.security / sun.security (SHA-256, RSA)", "org.glassfish.jersey", "org.glassfish.soteria",
                "org.glassfish.grizzly", "org.apache.catalina")) {
            inclusive.put(group, 0);
        }
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            total++;
            RecordedFrame top = frames.get(0);
            self.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
            for (String group : inclusive.keySet()) {
                String[] prefixes = group.startsWith("java.security")
                        ? new String[] {"java.security.", "sun.security."} : new String[] {group + "."};
                boolean onStack = frames.stream().anyMatch(f -> {
                    String type = f.getMethod().getType().getName();
                    for (String prefix : prefixes) {
                        if (type.startsWith(prefix)) {
                            return true;
                        }
                    }
                    return false;
                });
                if (onStack) {
                    inclusive.merge(group, 1, Integer::sum);
                }
            }
        }
        StringBuilder text = new StringBuilder();
        text.append("CPU samples in the hybrid run with ").append(USERS).append(" users: ").append(total).append("\n\n");
        text.append("| on the stack (inclusive) | share of samples |\n| --- | ---: |\n");
        for (Map.Entry<String, Integer> e : inclusive.entrySet()) {
            text.append("| ").append(e.getKey()).append(" | ").append(percent(e.getValue(), total)).append(" |\n");
        }
        text.append("\n| hottest methods (self) | share of samples |\n| --- | ---: |\n");
        int samples = total;
        self.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                .forEach(e -> text.append("| `").append(e.getKey()).append("` | ")
                        .append(percent(e.getValue(), samples)).append(" |\n"));
        return text.toString();
    }

    private static String percent(int part, int total) {
        return total == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / total);
    }

    private static String report(List<Result> results, Duration delay, String hotspots) throws IOException {
        Result ceiling = results.get(0);
        Result floor = results.get(1);
        Result remoteUncached = results.stream().filter(r -> r.scenario().name().equals("remote-nocache, 1 user"))
                .findFirst().orElse(floor);
        StringBuilder text = new StringBuilder();
        text.append("Machine: ").append(machine()).append('\n')
                .append("Hanko stand-in delay: ").append(delay.toMillis()).append(" ms; saturation: wrk -t2 -c")
                .append(SATURATION_CONNECTIONS).append(", latency: wrk -t1 -c8; ").append(SECONDS)
                .append(" s each after a warm-up.\n\n");
        text.append("| scenario | req/s (saturated) | × floor | × ceiling | p50 ms (8 conn) | p99 ms (8 conn) "
                + "| p50 ÷ uncached remote | Hanko calls / 1000 req | errors |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Result r : results) {
            text.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f | %d |%n",
                    r.scenario().name(), r.rps(), r.rps() / floor.rps(), r.rps() / ceiling.rps(), r.p50Ms(), r.p99Ms(),
                    r.p50Ms() / remoteUncached.p50Ms(), r.callsPer1000(), r.errors()));
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
