package dev.hankojakarta.shapes.scopes;

import dev.hankojakarta.HankoCaller;
import dev.hankojakarta.HankoPrincipal;

/** What each bean reports: the current caller's user id, or {@code anonymous}. */
final class CallerNames {

    private CallerNames() {
    }

    static String of(HankoCaller caller) {
        return caller.principal().map(HankoPrincipal::userId).orElse("anonymous");
    }
}
