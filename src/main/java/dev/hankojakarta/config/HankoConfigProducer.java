package dev.hankojakarta.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Makes the configuration read by {@link HankoExtension} injectable. */
@ApplicationScoped
public class HankoConfigProducer {

    @Inject
    HankoExtension extension;

    @Produces
    @Dependent
    HankoConfig config() {
        return extension.configuration();
    }
}
