package io.bureau.platform.events;

import java.util.regex.Pattern;

/**
 * The CloudEvents 1.0 binary-mode envelope on Kafka: header names, and the type →
 * topic rule ({@code bureau.staff.employee.hired.v1} is published on {@code bureau.staff.employee}).
 */
public final class CloudEvents {

    public static final String SPEC_VERSION = "1.0";
    public static final String ID = "ce_id";
    public static final String SPECVERSION = "ce_specversion";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    /** Extension attribute: the request that caused the event, to follow it across services. */
    public static final String REQUEST_ID = "ce_requestid";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    private static final Pattern TYPE_PATTERN =
            Pattern.compile("bureau\\.[a-z][a-z-]*\\.[a-z][a-z-]*\\.[a-z][a-z-]*\\.v[1-9][0-9]*");

    private CloudEvents() {
    }

    public static String topicOf(String type) {
        requireValidType(type);
        int version = type.lastIndexOf('.');
        return type.substring(0, type.lastIndexOf('.', version - 1));
    }

    private static void requireValidType(String type) {
        if (type == null || !TYPE_PATTERN.matcher(type).matches()) {
            throw new IllegalArgumentException("Event type must look like bureau.<context>.<aggregate>.<event>.v<n>: " + type);
        }
    }
}
