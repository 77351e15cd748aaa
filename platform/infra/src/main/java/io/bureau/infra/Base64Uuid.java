package io.bureau.infra;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;

/** Kafka cluster ids are URL-safe base64 UUIDs without padding. */
final class Base64Uuid {

    private Base64Uuid() {
    }

    static String of(UUID uuid) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }
}
