package io.bureau.platform.consumer;

import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;

/**
 * The consumers' failure strategy ({@code failure-strategy=bureau-dead-letter-or-retry-later}): a
 * poison event goes to the dead-letter topic with the reason, as with {@code dead-letter-queue};
 * an event cut short by the application stopping ({@link RetryLaterException}) is left
 * unacknowledged, so its offset is not committed and the next consumer receives it again.
 */
@ApplicationScoped
@Identifier(DeadLetterOrRetryLater.STRATEGY)
public class DeadLetterOrRetryLater implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "bureau-dead-letter-or-retry-later";

    private static final Logger LOG = Logger.getLogger(DeadLetterOrRetryLater.class);

    @Inject
    @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
    KafkaFailureHandler.Factory deadLetterQueue;

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
                                      BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler deadLetters = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (retryLater(reason)) {
                    LOG.warnf("Event at %s-%d offset %d left for the next consumer: %s",
                            record.getTopic(), record.getPartition(), record.getOffset(), reason.getMessage());
                    return Uni.createFrom().voidItem();
                }
                return deadLetters.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                deadLetters.terminate();
            }
        };
    }

    private static boolean retryLater(Throwable reason) {
        for (Throwable t = reason; t != null; t = t.getCause()) {
            if (t instanceof RetryLaterException) {
                return true;
            }
        }
        return false;
    }
}
