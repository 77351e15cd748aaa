package io.bureau.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.bureau.platform.problem.FieldError;
import io.bureau.platform.problem.ProblemException;
import io.bureau.platform.problem.ProblemMappers;
import io.bureau.platform.problem.ProblemResponses;
import io.bureau.platform.problem.Problems;

/**
 * Races the database decides, answered as the caller's problem rather than a 500: two writers on
 * one row (409, read again), and two creates of the same unique value (409 naming the field).
 *
 * <p>A unique constraint names its field by convention: {@code uq_<table>__<column>} (or
 * {@code uq_<table>__<column>__<column>} for a combination), the column in snake case, reported as
 * the API field in camel case ({@code uq_employee__work_email} → {@code workEmail}). A constraint
 * named otherwise still answers 409, without a field.
 */
public class PersistenceProblemMappers {

    private static final String UNIQUE_VIOLATION = "23505";

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        return ProblemResponses.response(Problems.conflict(
                "The resource was changed by someone else at the same time; read it again and retry"),
                uri.getRequestUri().getRawPath());
    }

    /** Raised at flush inside the transaction, or wrapped by the commit that flushed. */
    @ServerExceptionMapper({ PersistenceException.class, RollbackException.class })
    public Response persistence(Exception e, UriInfo uri) {
        ConstraintViolationException violation = uniqueViolation(e);
        if (violation == null) {
            return new ProblemMappers().unexpected(e, uri);
        }
        return ProblemResponses.response(duplicate(violation.getConstraintName()), uri.getRequestUri().getRawPath());
    }

    static ProblemException duplicate(String constraint) {
        List<String> fields = fieldsOf(constraint);
        if (fields.isEmpty()) {
            return Problems.conflict("A record with the same unique value exists already");
        }
        String detail = String.join(" and ", fields) + (fields.size() == 1 ? " is" : " are") + " already taken";
        List<FieldError> errors = new ArrayList<>();
        fields.forEach(field -> errors.add(new FieldError(field, "is already taken")));
        return new ProblemException(409, Problems.type("conflict"), "Conflict", detail, errors, Map.of());
    }

    static List<String> fieldsOf(String constraint) {
        if (constraint == null || !constraint.toLowerCase(Locale.ROOT).startsWith("uq_") || !constraint.contains("__")) {
            return List.of();
        }
        String[] parts = constraint.toLowerCase(Locale.ROOT).split("__");
        List<String> fields = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            fields.add(camelCase(parts[i]));
        }
        return fields;
    }

    private static String camelCase(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        String name = field.toString();
        return name.isEmpty() ? column : name;
    }

    private static ConstraintViolationException uniqueViolation(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 32; depth++) {
            if (cause instanceof ConstraintViolationException violation && UNIQUE_VIOLATION.equals(violation.getSQLState())) {
                return violation;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return null;
    }
}
