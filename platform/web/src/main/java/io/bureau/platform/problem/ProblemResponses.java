package io.bureau.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import io.bureau.platform.requestid.RequestIds;

/** Builds {@code application/problem+json} bodies and responses (RFC 9457). */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    public static Map<String, Object> body(int status, String type, String title, String detail, String instance,
                                           List<FieldError> errors, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        String requestId = RequestIds.current();
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        extensions.forEach(body::putIfAbsent);
        return body;
    }

    public static Response response(ProblemException problem, String instance) {
        return response(problem.status(), problem.type(), problem.title(), problem.detail(), instance,
                problem.errors(), problem.extensions());
    }

    public static Response response(int status, String type, String title, String detail, String instance,
                                    List<FieldError> errors, Map<String, Object> extensions) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(body(status, type, title, detail, instance, errors, extensions))
                .build();
    }

    public static Response response(int status, String slug, String title, String detail, String instance) {
        return response(status, Problems.type(slug), title, detail, instance, List.of(), Map.of());
    }
}
