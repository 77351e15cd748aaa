package io.bureau.platform.outbox;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/** What a failed publication says, and so what the relay does about it. */
enum SendFailure {

    /**
     * The broker is away or slow (timeouts, lost connections, leaders moving, and anything not
     * understood): the event is fine and is sent again after a pause. An outage never parks a row.
     */
    OUTAGE,

    /**
     * The broker refuses this event itself (too large, topic not authorised or invalid): sending it
     * again will not help, so after enough refusals the row is parked.
     */
    REFUSED,

    /** The producer itself can no longer be used (fenced, not allowed to write, closed): make a new one. */
    PRODUCER_UNUSABLE;

    static SendFailure of(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ProducerFencedException || cause instanceof OutOfOrderSequenceException
                || cause instanceof ClusterAuthorizationException || cause instanceof AuthenticationException
                || cause instanceof UnsupportedVersionException || cause instanceof IllegalStateException) {
            return PRODUCER_UNUSABLE;
        }
        if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                || cause instanceof TopicAuthorizationException || cause instanceof InvalidTopicException
                || cause instanceof InvalidRecordException || cause instanceof SerializationException) {
            return REFUSED;
        }
        return OUTAGE;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
