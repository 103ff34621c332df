package dev.hankojakarta.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Payara Micro started by hand, for the sample runner and the load benchmark: {@code java -jar payara-micro.jar
 * --deploy ...}. Its output goes to a log file; lines of interest also go to a listener.
 */
public final class PayaraProcess implements AutoCloseable {

    private final Process process;
    private final CountDownLatch ready = new CountDownLatch(1);

    private PayaraProcess(Process process, Path log, Consumer<String> listener) {
        this.process = process;
        Thread pump = new Thread(() -> pump(log, listener), "payara-output");
        pump.setDaemon(true);
        pump.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    }

    /**
     * Starts Payara Micro with the given WARs (context root: the file name, or {@code contextRoot} for a single one).
     */
    public static PayaraProcess start(List<Path> wars, String contextRoot, int port, List<String> jvmOptions, Path log,
            Consumer<String> listener) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(System.getProperty("payara.microJar"));
        for (Path war : wars) {
            command.add("--deploy");
            command.add(war.toString());
        }
        if (contextRoot != null) {
            command.add("--contextroot");
            command.add(contextRoot);
        }
        command.addAll(List.of("--port", Integer.toString(port), "--nocluster"));
        Files.createDirectories(log.getParent());
        return new PayaraProcess(new ProcessBuilder(command).redirectErrorStream(true).start(), log, listener);
    }

    private void pump(Path log, Consumer<String> listener) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = out.readLine()) != null) {
                file.println(line);
                if (line.contains("HANKO-") || line.contains("SEVERE")) {
                    listener.accept(line);
                }
                if (line.contains(" ready in ")) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Waits until Payara reports it is ready; false if it ended or took longer than the timeout. */
    public boolean awaitReady(long seconds) throws InterruptedException {
        return ready.await(seconds, TimeUnit.SECONDS) && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() {
        process.destroy();
    }
}
