package io.bureau.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body of unknown length (chunked) passed on as it arrives until it passes the body
 * limit; then it stops reading and fails, so the proxy abandons the forwarded request. With a
 * Content-Length the limit is checked before anything is read (the platform's edge handler).
 */
final class CappedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final long maxBytes;
    private long received;
    private boolean exceeded;
    private Handler<Throwable> exceptionHandler;
    private Handler<Buffer> dataHandler;

    CappedBody(ReadStream<Buffer> source, long maxBytes) {
        this.source = source;
        this.maxBytes = maxBytes;
    }

    /** True once more than the limit arrived; the request is then answered 413. */
    boolean exceeded() {
        return exceeded;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        dataHandler = handler;
        source.handler(handler == null ? null : this::receive);
        return this;
    }

    private void receive(Buffer chunk) {
        if (exceeded) {
            return;
        }
        received += chunk.length();
        if (received > maxBytes) {
            exceeded = true;
            source.pause();
            if (exceptionHandler != null) {
                exceptionHandler.handle(new IllegalStateException("Request body over " + maxBytes + " bytes"));
            }
            return;
        }
        dataHandler.handle(chunk);
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        if (!exceeded) {
            source.resume();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        if (!exceeded) {
            source.fetch(amount);
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        source.endHandler(handler == null ? null : end -> {
            if (!exceeded) {
                handler.handle(end);
            }
        });
        return this;
    }
}
