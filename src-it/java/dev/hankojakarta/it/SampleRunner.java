package dev.hankojakarta.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hankojakarta.standin.HankoStandIn;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Runs the sample application in Payara Micro on http://localhost:8080 ({@code mvn -Prun package}).
 *
 * <p>Without {@code HANKO_API_URL} it starts the Hanko stand-in as a development Hanko and prints demo users'
 * tokens; with it, the application validates against that Hanko. Ctrl-C stops everything.
 */
public final class SampleRunner {

    private SampleRunner() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("sample.port", 8080);
        Path work = Path.of(System.getProperty("sample.dir", "target/sample"));
        Files.createDirectories(work);

        String hankoUrl = System.getenv("HANKO_API_URL");
        Map<String, String> config = new LinkedHashMap<>();
        config.put("hanko.groups.claim", "roles");
        HankoStandIn standIn = null;
        if (hankoUrl == null || hankoUrl.isBlank()) {
            standIn = HankoStandIn.start();
            config.put("hanko.api-url", standIn.apiUrl().toString());
            hankoUrl = standIn.apiUrl() + " (the built-in Hanko stand-in; set HANKO_API_URL to use a real Hanko)";
        }
        Path war = work.resolve("sample.war");
        SampleDeployment.war("sample", config).as(ZipExporter.class).exportTo(war.toFile(), true);

        Path log = work.resolve("payara.log");
        System.out.println("Starting Payara Micro with the sample application; its log: " + log);
        PayaraProcess payara = PayaraProcess.start(List.of(war), "/", port, List.of("-Xmx512m"), log,
                System.out::println);
        if (!payara.awaitReady(300)) {
            System.err.println("Payara Micro stopped before the application was ready; see " + log);
            System.exit(1);
        }
        banner(port, hankoUrl, standIn);
        payara.waitFor();
    }

    private static void banner(int port, String hankoUrl, HankoStandIn standIn) {
        String base = "http://localhost:" + port;
        StringBuilder text = new StringBuilder();
        text.append("\n=== Hanko Jakarta sample application ===\n")
                .append("Open        ").append(base).append("/api/public\n")
                .append("Protected   ").append(base).append("/api/me (role user), ")
                .append(base).append("/api/admin (role admin)\n")
                .append("Hanko       ").append(hankoUrl).append('\n');
        if (standIn != null) {
            text.append("\nDemo users (tokens valid for 12 hours):\n");
            demo(text, base, "ada, admin", standIn.user("6a3c4e0f-0b9e-4d5e-9f6a-2f1f4c7b8a01")
                    .email("ada@example.com").username("ada").amr("passkey").claim("roles", List.of("admin")).sign());
            demo(text, base, "bob, user", standIn.user("0c9b7d1e-5f3a-4b2c-8e6d-7a1b2c3d4e02")
                    .email("bob@example.com").username("bob").amr("passkey").sign());
        }
        text.append("\nCtrl-C stops the server.\n");
        System.out.println(text);
    }

    private static void demo(StringBuilder text, String base, String who, String token) {
        text.append("  ").append(who).append(":\n    curl -H 'Authorization: Bearer ").append(token).append("' ")
                .append(base).append("/api/me\n");
    }
}
