package dev.hankojakarta.sample;

import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the sample's page needs to know: the Hanko API URL its sign-in talks to. Public, since every Hanko frontend
 * carries that URL anyway.
 */
@Path("config")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {

    @GET
    @PermitAll
    public Map<String, Object> config() {
        // Looked up per request, not injected: a missing key must stay the library's deployment error, not this one's.
        Map<String, Object> config = new HashMap<>();
        config.put("hankoApiUrl", ConfigProvider.getConfig().getOptionalValue("hanko.api-url", String.class)
                .orElse(null));
        return config;
    }
}
