package dev.hankojakarta.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.hankojakarta.testkit.DemoUsers;
import dev.hankojakarta.testkit.HankoStandIn;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * Runs the sample application in Payara Micro on http://localhost:8080 ({@code mvn -Prun package}).
 *
 * <p>The page at {@code /} signs in and calls the protected API. Without {@code HANKO_API_URL} it starts the Hanko
 * stand-in as a development Hanko with demo users; with it, the page offers Hanko's {@code <hanko-auth>} and the
 * application validates against that Hanko. Ctrl-C stops everything.
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
            config.put("hanko.admin.api-url", standIn.adminUrl().toString());
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
                .append("Open        ").append(base).append("/\n")
                .append("API         ").append(base).append("/api/me (role user), /api/admin (role admin), ")
                .append("/api/public\n")
                .append("Hanko       ").append(hankoUrl).append('\n');
        if (standIn != null) {
            text.append("\nDemo users, to sign in on the page:\n");
            for (DemoUsers.DemoUser user : DemoUsers.USERS) {
                text.append(String.format("  %-4s %-21s %s%n", user.name(), user.email(), user.description()));
            }
            text.append("A token for curl: curl -X POST '").append(standIn.apiUrl()).append("/demo/login?user=bob'\n");
        } else {
            text.append("\nSign in on the page with Hanko's <hanko-auth>. Your Hanko must allow the origin ")
                    .append(base).append(" (Hanko Cloud: the project's App URL).\n");
        }
        text.append("\nCtrl-C stops the server.\n");
        System.out.println(text);
    }
}
