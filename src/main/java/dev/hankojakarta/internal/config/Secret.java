package dev.hankojakarta.internal.config;

/** A value that must never reach a log or a message: {@link #toString()} hides it. */
public record Secret(String value) {

    @Override
    public String toString() {
        return "(hidden)";
    }
}
