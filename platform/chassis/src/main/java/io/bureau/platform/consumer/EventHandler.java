package io.bureau.platform.consumer;

import io.bureau.platform.events.IncomingEvent;

/** The effect of one event, run inside the transaction that records the event as processed. */
@FunctionalInterface
public interface EventHandler {

    void handle(IncomingEvent event);
}
