package io.bureau.platform.persistence;

import jakarta.persistence.LockModeType;

import io.bureau.platform.problem.Problems;
import io.quarkus.hibernate.orm.panache.Panache;

/** Loads an entity by id or answers 404 naming what was looked for ("Employee 42 does not exist"). */
public final class Lookups {

    private Lookups() {
    }

    public static <E> E require(Class<E> type, Object id) {
        return found(type, id, Panache.getEntityManager(type).find(type, id));
    }

    /** The same, locking the row until the transaction ends, for changes that must not interleave. */
    public static <E> E requireForUpdate(Class<E> type, Object id) {
        return found(type, id, Panache.getEntityManager(type).find(type, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static <E> E found(Class<E> type, Object id, E entity) {
        if (entity == null) {
            throw Problems.notFound(type.getSimpleName(), id);
        }
        return entity;
    }
}
