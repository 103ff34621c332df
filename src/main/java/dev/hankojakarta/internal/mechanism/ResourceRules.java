package dev.hankojakarta.internal.mechanism;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The access rules of one resource method: those of the sub-resource locators that led to it, then its own.
 *
 * <p>A locator's rule governs the sub-resource it returns (README, "Sub-resources"): every rule on the way must let
 * the caller through, and a {@code @PermitAll} further down does not open what a locator closed. A method reached
 * without a locator (nearly every request) pays for one look at the matched resources.
 */
final class ResourceRules implements ContainerRequestFilter {

    private final HankoAccessFilter own;
    private final SubResourceRules locators;
    private final boolean mechanismEnabled;

    /**
     * @param own the method's own rule, or null
     * @param locators the rules of locators, shared by every method of the application
     * @param mechanismEnabled false with {@code hanko.enabled=false}
     */
    ResourceRules(HankoAccessFilter own, SubResourceRules locators, boolean mechanismEnabled) {
        this.own = own;
        this.locators = locators;
        this.mechanismEnabled = mechanismEnabled;
    }

    HankoAccessFilter own() {
        return own;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        List<Object> matched = uri.getMatchedResources();
        boolean governed = false;
        if (matched.size() > 1) {
            for (HankoAccessFilter rule : locators.governing(matched, uri.getPath(false))) {
                Response refusal = rule.refusal(request, mechanismEnabled);
                if (refusal != null) {
                    request.abortWith(refusal);
                    return;
                }
                governed |= !rule.permitsAll();
            }
        }
        if (own == null) {
            return;
        }
        if (own.permitsAll()) {
            if (!governed) {
                request.setProperty(HankoAuthenticationMechanism.PUBLIC_ATTRIBUTE, Boolean.TRUE);
            }
            return;
        }
        Response refusal = own.refusal(request, mechanismEnabled);
        if (refusal != null) {
            request.abortWith(refusal);
        }
    }
}
