package dev.hankojakarta.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The sample application as users build it: its classes, a {@code microprofile-config.properties}, the
 * library's real jar, as built by this project, with its runtime dependencies in WEB-INF/lib, and its static page.
 * No web.xml, no server-specific descriptor. The integration tests and the sample runner deploy this same WAR.
 */
public final class SampleDeployment {

    private SampleDeployment() {
    }

    public static WebArchive war(String name, Map<String, String> config) {
        WebArchive war = application(name, "dev.hankojakarta.sample", config);
        addPage(war);
        return war;
    }

    /**
     * The second test application ({@code src-it/shapes}): the application shapes beside the sample's plain
     * resources, packaged the same way.
     */
    public static WebArchive shapes(String name, Map<String, String> config) {
        return application(name, "dev.hankojakarta.shapes", config);
    }

    /** A test application of chosen classes from {@code src-it/shapes}, packaged the same way. */
    public static WebArchive shapes(String name, Map<String, String> config, Class<?>... classes) {
        return packaged(name, config).addClasses(classes);
    }

    private static WebArchive application(String name, String javaPackage, Map<String, String> config) {
        return packaged(name, config).addPackage(javaPackage);
    }

    /** A WAR with the configuration, the library's jar and its runtime dependencies, and no classes yet. */
    private static WebArchive packaged(String name, Map<String, String> config) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsResource(new StringAsset(properties(config)), "META-INF/microprofile-config.properties")
                .addAsLibrary(libraryJar())
                .addAsLibraries(runtimeDependencies());
    }

    private static String properties(Map<String, String> config) {
        return config.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * The static page (index.html, app.js) and the Hanko Elements bundle, from the folder Maven assembles
     * ({@code sample.webapp}: src-it/sample/webapp plus the bundle copied from node_modules). Without that
     * property, as when a test runs outside Maven, the page comes from the sources, without the bundle.
     */
    private static void addPage(WebArchive war) {
        Path dir = Path.of(System.getProperty("sample.webapp", "src-it/sample/webapp"));
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(file -> war.addAsWebResource(file.toFile(),
                    dir.relativize(file).toString().replace(File.separatorChar, '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** nimbus-jose-jwt and Caffeine, as a user's WAR build would package them beside the library. */
    static File[] runtimeDependencies() {
        String classpath = System.getProperty("hanko.runtime.classpath", "");
        return java.util.Arrays.stream(classpath.split(File.pathSeparator))
                .filter(p -> !p.isBlank())
                .map(File::new)
                .toArray(File[]::new);
    }

    /** The jar {@code mvn package} built; the integration tests run against it, not against loose classes. */
    public static JavaArchive libraryJar() {
        String path = System.getProperty("hanko.jar");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("The library jar is missing (" + path + "); run the tests with mvn verify.");
        }
        return ShrinkWrap.createFromZipFile(JavaArchive.class, new File(path));
    }
}
