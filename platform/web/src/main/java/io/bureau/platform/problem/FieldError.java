package io.bureau.platform.problem;

/** One invalid field of a request: where (a JSON path, a query or header name) and why. */
public record FieldError(String field, String message) {
}
