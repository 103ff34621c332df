package dev.hankojakarta.it;

import java.io.File;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The sample application as users build it: its classes, a {@code microprofile-config.properties}, and the
 * library's real jar, as built by this project, with its runtime dependencies in WEB-INF/lib. No web.xml, no
 * server-specific descriptor.
 */
public final class SampleDeployment {

    private SampleDeployment() {
    }

    public static WebArchive war(String name, Map<String, String> config) {
        String properties = config.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackage("dev.hankojakarta.sample")
                .addAsResource(new StringAsset(properties), "META-INF/microprofile-config.properties")
                .addAsLibrary(libraryJar())
                .addAsLibraries(runtimeDependencies());
    }

    /** nimbus-jose-jwt, as a user's WAR build would package them beside the library. */
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
