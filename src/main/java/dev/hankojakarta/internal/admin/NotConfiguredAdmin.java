package dev.hankojakarta.internal.admin;

import java.util.List;
import java.util.Optional;

import dev.hankojakarta.HankoAdmin;
import dev.hankojakarta.HankoAdminException;
import dev.hankojakarta.HankoSession;
import dev.hankojakarta.HankoUser;
import dev.hankojakarta.internal.config.HankoConfig;

/** {@link HankoAdmin} without {@code hanko.admin.api-url} (or with the library switched off): every call says so. */
public final class NotConfiguredAdmin implements HankoAdmin {

    private static HankoAdminException notConfigured() {
        return new HankoAdminException(HankoAdminException.Reason.NOT_CONFIGURED, HankoConfig.ADMIN_API_URL
                + " is not set: set it to Hanko's Admin API (Hanko Cloud: https://<project-id>.hanko.io/admin, with "
                + HankoConfig.ADMIN_API_KEY + "; self-hosted: the admin port, such as http://hanko-admin:8001).");
    }

    @Override
    public List<HankoSession> sessions(String userId) {
        throw notConfigured();
    }

    @Override
    public void revokeSession(String userId, String sessionId) {
        throw notConfigured();
    }

    @Override
    public int revokeAllSessions(String userId, Optional<String> keep) {
        throw notConfigured();
    }

    @Override
    public HankoUser user(String userId) {
        throw notConfigured();
    }
}
