package io.bureau.procurement;

import jakarta.persistence.LockModeType;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * An entity a request body refers to by id: when it does not exist the body is wrong, so the
 * answer is 400 naming the field (not 404, which is for the path).
 */
public final class Referenced {

    private Referenced() {
    }

    public static <E> E require(Class<E> type, Object id, String field) {
        E found = Panache.getEntityManager().find(type, id);
        if (found == null) {
            throw Problems.invalidField(field, type.getSimpleName() + " " + id + " does not exist");
        }
        return found;
    }

    /** The same, locking the row until the transaction ends. */
    public static <E> E requireForUpdate(Class<E> type, Object id, String field) {
        E found = Panache.getEntityManager().find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (found == null) {
            throw Problems.invalidField(field, type.getSimpleName() + " " + id + " does not exist");
        }
        return found;
    }
}
