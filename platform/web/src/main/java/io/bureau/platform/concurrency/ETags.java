package io.bureau.platform.concurrency;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import io.bureau.platform.problem.Problems;

/**
 * Optimistic concurrency over HTTP: responses carry the resource's version as a strong ETag, and
 * an update with {@code If-Match} naming an older version is refused with 412.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the body and its version as a strong ETag. */
    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(of(version)).build();
    }

    /** 201 with the body and its version as a strong ETag. */
    public static Response created(Object body, long version) {
        return Response.status(Response.Status.CREATED).entity(body).tag(of(version)).build();
    }

    /** Passes when there is no If-Match, when it is "*", or when it names the current version. */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            if (tag.equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw Problems.staleVersion(currentVersion);
    }
}
