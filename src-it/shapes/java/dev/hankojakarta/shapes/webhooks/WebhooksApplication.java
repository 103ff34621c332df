package dev.hankojakarta.shapes.webhooks;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** An application that receives Hanko's webhooks ({@code hanko.webhook.path}) and observes what ended. */
@ApplicationPath("/api")
@DeclareRoles({"user"})
public class WebhooksApplication extends Application {
}
