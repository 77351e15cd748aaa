package io.bureau.platform.consumer;

/**
 * An event that failed for a passing reason while the application stops (the database going
 * away with it). It is neither acknowledged nor dead-lettered: its offset is not committed, so
 * the next consumer of the partition receives it again.
 */
public class RetryLaterException extends RuntimeException {

    public RetryLaterException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
