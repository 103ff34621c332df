package dev.hankojakarta.internal.mechanism;

import dev.hankojakarta.testing.Fakes;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

/** The container's side of one invocation: whether the resource is protected, and who was logged in. */
final class FakeMessageContext {

    private final boolean isProtected;
    CredentialValidationResult loggedIn;

    FakeMessageContext(boolean isProtected) {
        this.isProtected = isProtected;
    }

    HttpMessageContext context() {
        return Fakes.of(HttpMessageContext.class, (method, args) -> switch (method) {
            case "isProtected" -> isProtected;
            case "doNothing" -> AuthenticationStatus.NOT_DONE;
            case "notifyContainerAboutLogin" -> {
                if (args.length != 1 || !(args[0] instanceof CredentialValidationResult result)) {
                    yield Fakes.UNKNOWN;
                }
                loggedIn = result;
                yield AuthenticationStatus.SUCCESS;
            }
            default -> Fakes.UNKNOWN;
        });
    }
}
