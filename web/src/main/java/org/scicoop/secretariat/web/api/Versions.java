package org.scicoop.secretariat.web.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.scicoop.secretariat.platform.boundary.BadInput;
import org.scicoop.secretariat.platform.boundary.VersionedView;

import java.util.function.LongFunction;

/**
 * The API's one convention for versions (docs/README.md, "API conventions"): every versioned resource answers
 * with its version as a strong {@code ETag}; every change of it needs {@code If-Match} with the ETag the client
 * read. Without it: 428 ({@link Required}); with one that is not an ETag of this API: 400; with a stale one: 412
 * (the service's {@code ConcurrentChange}). All three are problem documents in the caller's language.
 */
public final class Versions {

    private Versions() {
    }

    /**
     * The version an {@code If-Match} header names: exactly one strong ETag of this API, {@code "3"}. Anything else
     * ({@code "3} without its closing quote, {@code 3}, {@code W/"3"}, {@code *}, a list) is refused with 400 rather
     * than read as a version: a malformed precondition must not pass as a met one.
     */
    public static long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new Required();
        }
        String value = header.trim();
        if (!value.matches("\"[0-9]{1,18}\"")) {
            throw new BadInput("problem.input.ifMatch");
        }
        return Long.parseLong(value.substring(1, value.length() - 1));
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the representation and its version's ETag. */
    public static Response ok(Object representation, long version) {
        return Response.ok(representation).tag(etag(version)).build();
    }

    /** 200 with the view and its ETag. */
    public static Response ok(VersionedView view) {
        return ok(view, view.version());
    }

    /**
     * A change of a versioned thing: the version {@code If-Match} names ({@link #ifMatch}) goes to the service's
     * {@code change}; its answer is 200 with the new ETag.
     */
    public static Response change(String ifMatch, LongFunction<? extends VersionedView> change) {
        return ok(change.apply(ifMatch(ifMatch)));
    }

    /** A change was asked for without {@code If-Match}: 428. */
    public static final class Required extends RuntimeException {
        Required() {
            super("If-Match required", null, false, false);
        }
    }
}
