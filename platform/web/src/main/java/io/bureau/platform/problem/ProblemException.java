package io.bureau.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on, answered as an RFC 9457 problem. Services throw these (through
 * the {@link Problems} factories) instead of building responses, so a rule broken deep in a
 * service layer still reaches the client with the right status and a useful detail.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String type, String title, String detail,
                            List<FieldError> errors, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
