package dev.hankojakarta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The API boundary the README declares: the public types of {@code dev.hankojakarta} are exactly the ones users
 * touch, none of their public signatures names an internal type, and the packages depend on each other without
 * cycles (internal packages may use the API package, never the other way round).
 */
class ApiBoundaryTest {

    /** The README's list of public types ("The API"); a change here is a change of the published API. */
    private static final Set<String> API = Set.of(
            "dev.hankojakarta.HankoPrincipal",
            "dev.hankojakarta.HankoPrincipal$Builder",
            "dev.hankojakarta.HankoAdmin",
            "dev.hankojakarta.HankoAdminException",
            "dev.hankojakarta.HankoAdminException$Reason",
            "dev.hankojakarta.HankoCaller",
            "dev.hankojakarta.HankoEmail",
            "dev.hankojakarta.HankoRevocation",
            "dev.hankojakarta.HankoRevocation$Kind",
            "dev.hankojakarta.HankoSession",
            "dev.hankojakarta.HankoSessionCredential",
            "dev.hankojakarta.HankoUser",
            "dev.hankojakarta.HankoUnavailableException",
            "dev.hankojakarta.jaxrs.HankoFeature");

    /** The packages meant for users; everything else is under dev.hankojakarta.internal. */
    private static final List<String> API_PACKAGES = List.of("dev.hankojakarta", "dev.hankojakarta.jaxrs");

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.hankojakarta(?:\\.[a-z]\\w*)*)\\.[A-Z]",
            Pattern.MULTILINE);

    @Test
    void theApiPackageHoldsTheDeclaredTypesOnly() throws IOException {
        Set<String> found = new TreeSet<>();
        for (String pkg : API_PACKAGES) {
            try (Stream<Path> files = Files.list(MAIN.resolve(pkg.replace('.', '/')))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f ->
                        found.add(pkg + "." + f.getFileName().toString().replace(".java", "")));
            }
        }
        Set<String> topLevel = new TreeSet<>();
        API.stream().filter(n -> !n.contains("$")).forEach(topLevel::add);
        assertEquals(topLevel, found);
    }

    @Test
    void noPublicSignatureOfTheApiNamesAnInternalType() throws ClassNotFoundException {
        List<String> leaks = new ArrayList<>();
        for (String name : API) {
            Class<?> type = Class.forName(name);
            assertTrue(Modifier.isPublic(type.getModifiers()), name);
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (visible(c.getModifiers())) {
                    check(name + " constructor", c.getGenericParameterTypes(), leaks);
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (visible(m.getModifiers()) && !m.isSynthetic()) {
                    check(name + "." + m.getName(), m.getGenericParameterTypes(), leaks);
                    check(name + "." + m.getName(), new Type[] {m.getGenericReturnType()}, leaks);
                    check(name + "." + m.getName(), m.getGenericExceptionTypes(), leaks);
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    check(name + "." + f.getName(), new Type[] {f.getGenericType()}, leaks);
                }
            }
            Type superType = type.getGenericSuperclass();
            if (superType != null) {
                check(name + " superclass", new Type[] {superType}, leaks);
            }
            check(name + " interfaces", type.getGenericInterfaces(), leaks);
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void theApiPackageUsesNoInternalPackage() throws IOException {
        Map<String, Set<String>> graph = packageGraph();
        Set<String> used = graph.getOrDefault("dev.hankojakarta", Set.of());
        assertFalse(used.stream().anyMatch(p -> p.startsWith("dev.hankojakarta.internal")), used.toString());
    }

    @Test
    void packagesHaveNoCycles() throws IOException {
        Map<String, Set<String>> graph = packageGraph();
        for (String start : graph.keySet()) {
            // A cycle through start exists when start is reachable from one of the packages it uses.
            Set<String> seen = new HashSet<>();
            List<String> todo = new ArrayList<>(graph.get(start));
            while (!todo.isEmpty()) {
                String p = todo.remove(todo.size() - 1);
                assertFalse(p.equals(start), "package cycle through " + start + ": " + graph);
                if (seen.add(p)) {
                    todo.addAll(graph.getOrDefault(p, Set.of()));
                }
            }
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void check(String where, Type[] types, List<String> leaks) {
        for (Type t : types) {
            if (t.getTypeName().contains("dev.hankojakarta.internal")) {
                leaks.add(where + ": " + t.getTypeName());
            }
        }
    }

    /** Which library packages each main package imports. */
    private static Map<String, Set<String>> packageGraph() throws IOException {
        Map<String, Set<String>> graph = new HashMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
                Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        uses.add(m.group(1));
                    }
                }
            }
        }
        return graph;
    }
}
