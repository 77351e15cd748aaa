package io.bureau.platform.consumer;

/**
 * An event that can never be processed as it is (malformed, or breaking a rule). Thrown out of an
 * {@code @Incoming} method it sends the record to the context's dead-letter topic with this
 * message as the reason, and the consumer moves on.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
