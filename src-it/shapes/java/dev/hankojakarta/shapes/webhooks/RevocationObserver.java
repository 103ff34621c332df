package dev.hankojakarta.shapes.webhooks;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.hankojakarta.HankoRevocation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Observes the library's {@link HankoRevocation} events, as an application closing its websockets would. */
@ApplicationScoped
public class RevocationObserver {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    void ended(@Observes HankoRevocation revocation) {
        seen.add(revocation.kind() + " " + revocation.event() + " " + revocation.userId() + " "
                + revocation.sessionId().orElse("-"));
    }

    public List<String> seen() {
        return List.copyOf(seen);
    }
}
