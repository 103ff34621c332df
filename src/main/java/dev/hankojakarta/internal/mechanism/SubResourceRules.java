package dev.hankojakarta.internal.mechanism;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The rules of the sub-resource locators a request went through, read from the resources JAX-RS matched
 * ({@code UriInfo.getMatchedResources()}: the sub-resource first, then the object whose locator returned it, and so
 * on). A {@code DynamicFeature} never sees locators, so this is read at request time; what each class's locators are
 * is read once.
 *
 * <p>JAX-RS does not report which locator of a class returned the sub-resource. It is the one whose declared return
 * type fits the sub-resource (or that returns {@code Object} or a {@code Class}) and whose {@code @Path} template
 * matches the request's path where the previous step left off. Where that still leaves several, the rules of each must
 * let the caller through: one locator's {@code @PermitAll} never opens another's {@code @RolesAllowed}.
 */
final class SubResourceRules {

    private record Step(Class<?> owner, Class<?> returned) {
    }

    /** One locator: the path it consumes and its rule (null when it has none). */
    private record Locator(Pattern path, HankoAccessFilter rule) {
    }

    private final Map<Step, List<Locator>> locators = new ConcurrentHashMap<>();
    private final Map<Class<?>, Optional<Pattern>> rootPaths = new ConcurrentHashMap<>();

    /**
     * The rules of every locator between the matched resources, outermost first.
     *
     * @param path the request's path relative to the application, encoded, as {@code UriInfo.getPath(false)} gives
     *        it: an encoded {@code /} stays inside its segment, as it does in JAX-RS matching
     */
    List<HankoAccessFilter> governing(List<Object> matched, String path) {
        Class<?> root = unproxied(matched.get(matched.size() - 1).getClass());
        String rest = rootPaths.computeIfAbsent(root, SubResourceRules::rootPath)
                .map(p -> consume(p, withoutMatrixParameters(trimmed(path)))).orElse(null);
        List<HankoAccessFilter> found = new ArrayList<>();
        for (int i = matched.size() - 1; i > 0; i--) {
            List<Locator> candidates = locators.computeIfAbsent(new Step(unproxied(matched.get(i).getClass()),
                    unproxied(matched.get(i - 1).getClass())), SubResourceRules::locatorsOf);
            if (candidates.isEmpty()) {
                continue; // no locator of the owner returns it (a server may list one object twice)
            }
            List<Locator> fitting = candidates;
            if (rest != null && candidates.size() > 1) {
                String from = rest;
                fitting = candidates.stream().filter(l -> consume(l.path(), from) != null).toList();
                if (fitting.isEmpty()) {
                    fitting = candidates; // cannot tell which: all of them
                }
            }
            rest = rest != null && fitting.size() == 1 ? consume(fitting.get(0).path(), rest) : null;
            for (Locator l : fitting) {
                if (l.rule() != null) {
                    found.add(l.rule());
                }
            }
        }
        return found;
    }

    private static Optional<Pattern> rootPath(Class<?> root) {
        Path path = root.getAnnotation(Path.class);
        return path == null ? Optional.empty() : Optional.ofNullable(template(path.value()));
    }

    private static List<Locator> locatorsOf(Step step) {
        List<Locator> found = new ArrayList<>();
        for (Method method : step.owner().getMethods()) {
            Method annotated = locator(method, step.owner());
            if (annotated != null && returnsLike(method, step.returned())) {
                Pattern path = template(annotated.getAnnotation(Path.class).value());
                found.add(new Locator(path == null ? ANY : path, HankoAccessFeature.ruleFor(method, step.owner())));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The method that makes {@code method} a locator, carrying {@code @Path} and no HTTP method (itself or where
     * JAX-RS inherits its annotations from), or null.
     */
    private static Method locator(Method method, Class<?> owner) {
        if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
            return null;
        }
        Method annotated = HankoAccessFeature.jaxrsAnnotated(method, owner);
        if (annotated == null || !annotated.isAnnotationPresent(Path.class)) {
            return null;
        }
        for (Annotation a : annotated.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return null;
            }
        }
        return annotated;
    }

    private static boolean returnsLike(Method locator, Class<?> returned) {
        Class<?> type = locator.getReturnType();
        return type == Object.class || type == Class.class || type.isAssignableFrom(returned);
    }

    /** Matches any path; for a template this class cannot read, so that it never rules a locator out. */
    private static final Pattern ANY = Pattern.compile("(?:.*?)(?:/|$)");

    /**
     * A JAX-RS {@code @Path} template as a pattern that matches it at the start of a path, up to a segment's end:
     * {@code {name}} is one segment, {@code {name: regex}} the regex, the rest literal. Null when malformed.
     */
    static Pattern template(String value) {
        String t = trimmed(value);
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            int open = t.indexOf('{', i);
            if (open < 0) {
                regex.append(Pattern.quote(t.substring(i)));
                break;
            }
            if (open > i) {
                regex.append(Pattern.quote(t.substring(i, open)));
            }
            int depth = 0;
            int close = -1;
            for (int j = open; j < t.length(); j++) {
                char c = t.charAt(j);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                return null;
            }
            String variable = t.substring(open + 1, close);
            int colon = variable.indexOf(':');
            regex.append('(').append(colon < 0 ? "[^/]+?" : variable.substring(colon + 1).trim()).append(')');
            i = close + 1;
        }
        try {
            return Pattern.compile("^(?:" + regex + ")(?:/|$)");
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** What is left of {@code path} after {@code template} matched its start, or null when it does not. */
    private static String consume(Pattern template, String path) {
        Matcher m = template.matcher(path);
        return m.find() ? path.substring(m.end()) : null;
    }

    /** JAX-RS matches paths without their matrix parameters ({@code ;name=value} in a segment). */
    private static String withoutMatrixParameters(String path) {
        return path.indexOf(';') < 0 ? path : MATRIX.matcher(path).replaceAll("");
    }

    private static final Pattern MATRIX = Pattern.compile(";[^/]*");

    private static String trimmed(String path) {
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') {
            from++;
        }
        while (to > from && path.charAt(to - 1) == '/') {
            to--;
        }
        return path.substring(from, to);
    }

    /** The application's class behind a CDI client proxy or subclass (Weld names them with {@code $Proxy$} or {@code $$}). */
    private static Class<?> unproxied(Class<?> type) {
        Class<?> c = type;
        while (c.getSuperclass() != null && c.getSuperclass() != Object.class
                && (c.isSynthetic() || c.getName().contains("$Proxy$") || c.getName().contains("$$"))) {
            c = c.getSuperclass();
        }
        return c;
    }
}
