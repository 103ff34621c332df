package dev.hankojakarta.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A generator of test inputs from a seeded {@link Random}: the same random numbers give the same input. The few
 * building blocks the property tests need (picks, weighted choices, strings, lists); {@link Seeded} runs a check on
 * the inputs of one.
 */
@FunctionalInterface
public interface Gen<T> {

    /** Characters that JSON, JWS, cookie and header parsers treat specially, for {@link #strings(String, int)}. */
    String SYNTAX = "{}[]\":,.\\ -_=;AQab09";

    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> f.apply(next(random));
    }

    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        return random -> f.apply(next(random)).next(random);
    }

    /** Lists of {@code min} to {@code max} elements, each drawn afresh. */
    default Gen<List<T>> list(int min, int max) {
        return random -> {
            int size = between(random, min, max);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(next(random));
            }
            return list;
        };
    }

    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    /** One of {@code values}, each as likely; a value may be null. */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(Arrays.asList(values));
    }

    static <T> Gen<T> of(List<? extends T> values) {
        List<? extends T> copy = new ArrayList<>(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        return random -> copy.get(random.nextInt(copy.size()));
    }

    /** The value of one of {@code gens}, each as likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> copy = List.of(gens);
        return random -> copy.get(random.nextInt(copy.size())).next(random);
    }

    /** A generator with its weight, for {@link #frequency}. */
    record Weighted<T>(int weight, Gen<? extends T> gen) {
    }

    static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** The value of one of {@code choices}, picked in proportion to its weight. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
        List<Weighted<? extends T>> copy = List.of(choices);
        int total = copy.stream().mapToInt(Weighted::weight).sum();
        return random -> {
            int at = random.nextInt(total);
            for (Weighted<? extends T> choice : copy) {
                at -= choice.weight();
                if (at < 0) {
                    return choice.gen().next(random);
                }
            }
            throw new IllegalStateException("weights changed");
        };
    }

    /** From {@code min} to {@code max}, both included. */
    static Gen<Integer> integers(int min, int max) {
        return random -> between(random, min, max);
    }

    /** Any int, often one at an edge: 0, ±1, the smallest and the largest. */
    static Gen<Integer> integers() {
        return frequency(weighted(1, of(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE)),
                weighted(3, Random::nextInt));
    }

    /** Byte arrays of up to {@code maxSize} bytes, any values. */
    static Gen<byte[]> bytes(int maxSize) {
        return random -> {
            byte[] bytes = new byte[shortLength(random, maxSize)];
            random.nextBytes(bytes);
            return bytes;
        };
    }

    /**
     * Strings of up to {@code maxLength} chars of any kind: mostly ASCII, also control characters, other letters,
     * emoji (surrogate pairs) and lone surrogates.
     */
    static Gen<String> strings(int maxLength) {
        return random -> {
            char[] chars = new char[shortLength(random, maxLength)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = switch (random.nextInt(8)) {
                    case 0 -> (char) random.nextInt(0x20);
                    case 1 -> (char) random.nextInt(0x10000);
                    case 2 -> (char) between(random, 0xD800, 0xDFFF);
                    case 3 -> i + 1 < chars.length ? Character.highSurrogate(0x1F600 + random.nextInt(80))
                            : (char) 0xFFFF;
                    default -> (char) between(random, 0x20, 0x7E);
                };
                if (Character.isHighSurrogate(chars[i]) && i + 1 < chars.length && random.nextBoolean()) {
                    chars[++i] = Character.lowSurrogate(0x1F600 + random.nextInt(80));
                }
            }
            return new String(chars);
        };
    }

    /** Strings of up to {@code maxLength} chars taken from {@code alphabet}. */
    static Gen<String> strings(String alphabet, int maxLength) {
        return random -> {
            char[] chars = new char[shortLength(random, maxLength)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            return new String(chars);
        };
    }

    private static int between(Random random, int min, int max) {
        return (int) (min + (long) (random.nextDouble() * ((long) max - min + 1)));
    }

    /** A length up to {@code max}, short ones more likely, 0 and {@code max} now and then. */
    private static int shortLength(Random random, int max) {
        return switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> max;
            case 2, 3, 4 -> random.nextInt(Math.min(max, 8) + 1);
            default -> random.nextInt(max + 1);
        };
    }
}
