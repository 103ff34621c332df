package dev.hankojakarta.testing;

import java.lang.reflect.Proxy;

/**
 * Fakes of interfaces, built from one function of method name and arguments. A method the function does not answer
 * (returns {@link #UNKNOWN}) fails the test loudly instead of quietly returning null.
 */
public final class Fakes {

    /** Returned by an {@link Answers} for methods the fake does not know. */
    public static final Object UNKNOWN = new Object();

    @FunctionalInterface
    public interface Answers {
        Object answer(String method, Object[] args) throws Throwable;
    }

    private Fakes() {
    }

    public static <T> T of(Class<T> type, Answers answers) {
        Object proxy = Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {type},
                (self, method, rawArgs) -> {
                    Object[] args = rawArgs == null ? new Object[0] : rawArgs;
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "equals" -> self == args[0];
                            case "hashCode" -> System.identityHashCode(self);
                            default -> "Fake " + type.getSimpleName();
                        };
                    }
                    Object result = answers.answer(method.getName(), args);
                    if (result == UNKNOWN) {
                        throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName()
                                + " is not faked");
                    }
                    return result;
                });
        return type.cast(proxy);
    }
}
