package dev.hankojakarta.internal.remote;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * The REST client's view of one answer of Hanko: a status and a body read on demand (the JSON
 * of {@code /sessions/validate} or the JWKS document). No JAX-RS runtime
 * needed; what the validators do not use fails loudly.
 */
public final class StubResponse extends Response {

    private final int status;
    private final Supplier<byte[]> body;
    private final String contentType;
    int reads;
    boolean closed;

    public StubResponse(int status, Supplier<String> body) {
        this(status, body, "application/json; charset=UTF-8");
    }

    public StubResponse(int status, Supplier<String> body, String contentType) {
        this(contentType, status, () -> body.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private StubResponse(String contentType, int status, Supplier<byte[]> body) {
        this.status = status;
        this.body = body;
        this.contentType = contentType;
    }

    /** Any bytes, with any content type (null: no {@code Content-Type} header). */
    public static StubResponse bytes(int status, String contentType, byte[] body) {
        return new StubResponse(contentType, status, () -> body);
    }

    /** An answer with this JSON body. */
    public static StubResponse json(int status, String json) {
        return new StubResponse(status, () -> json);
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public <T> T readEntity(Class<T> type) {
        reads++;
        return type.cast(new java.io.ByteArrayInputStream(body.get()));
    }

    @Override
    public boolean hasEntity() {
        return true;
    }

    @Override
    public String getHeaderString(String name) {
        return name.equalsIgnoreCase("Content-Type") ? contentType : null;
    }

    @Override
    public void close() {
        closed = true;
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not used by the validator");
    }

    // @formatter:off
    @Override public StatusType getStatusInfo() { throw unused(); }
    @Override public Object getEntity() { throw unused(); }
    @Override public <T> T readEntity(GenericType<T> type) { throw unused(); }
    @Override public <T> T readEntity(Class<T> type, Annotation[] annotations) { throw unused(); }
    @Override public <T> T readEntity(GenericType<T> type, Annotation[] annotations) { throw unused(); }
    @Override public boolean bufferEntity() { throw unused(); }
    @Override public MediaType getMediaType() { throw unused(); }
    @Override public Locale getLanguage() { throw unused(); }
    @Override public int getLength() { throw unused(); }
    @Override public Set<String> getAllowedMethods() { throw unused(); }
    @Override public Map<String, NewCookie> getCookies() { throw unused(); }
    @Override public EntityTag getEntityTag() { throw unused(); }
    @Override public Date getDate() { throw unused(); }
    @Override public Date getLastModified() { throw unused(); }
    @Override public URI getLocation() { throw unused(); }
    @Override public Set<Link> getLinks() { throw unused(); }
    @Override public boolean hasLink(String relation) { throw unused(); }
    @Override public Link getLink(String relation) { throw unused(); }
    @Override public Link.Builder getLinkBuilder(String relation) { throw unused(); }
    @Override public MultivaluedMap<String, Object> getMetadata() { throw unused(); }
    @Override public MultivaluedMap<String, String> getStringHeaders() { throw unused(); }
    // @formatter:on
}
