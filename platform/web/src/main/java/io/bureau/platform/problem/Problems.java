package io.bureau.platform.problem;

import java.util.List;
import java.util.Map;

/** The problems Bureau answers with; each type is a stable URN clients may switch on. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:bureau:problem:";

    private Problems() {
    }

    public static String type(String slug) {
        return TYPE_PREFIX + slug;
    }

    public static ProblemException validation(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(400, type("validation"), "The request is not valid", detail, errors, Map.of());
    }

    public static ProblemException invalidField(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, type("not-found"), "Not found",
                what + " " + id + " does not exist", List.of(), Map.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, type("forbidden"), "Forbidden", detail, List.of(), Map.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, type("conflict"), "Conflict", detail, List.of(), Map.of());
    }

    /** The value of one field clashes with what is stored (a duplicate e-mail, a second of a kind). */
    public static ProblemException conflictOn(String field, String detail) {
        return new ProblemException(409, type("conflict"), "Conflict", detail,
                List.of(new FieldError(field, detail)), Map.of());
    }

    /** A state machine refused a move; the caller learns which moves the state allows. */
    public static ProblemException illegalTransition(String what, Object from, Object to, List<?> allowed) {
        return new ProblemException(409, type("illegal-transition"), "This change of state is not allowed",
                what + " cannot move from " + from + " to " + to,
                List.of(), Map.of("currentState", String.valueOf(from), "allowedTransitions", allowed.stream().map(String::valueOf).toList()));
    }

    public static ProblemException staleVersion(long current) {
        return new ProblemException(412, type("stale-version"), "The resource has changed",
                "If-Match does not match the current version \"" + current + "\"; read it again and retry",
                List.of(), Map.of("currentVersion", current));
    }
}
