package io.bureau.platform.persistence;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.problem.Problems;

/** Two writers raced on the same row: the loser gets 409 and is told to re-read, never a 500. */
public class PersistenceProblemMappers {

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return ProblemResponses.response(Problems.conflict(
                "The resource was changed by someone else at the same time; read it again and retry"),
                uri.getRequestUri().getRawPath());
    }
}
