package io.bureau.platform.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bureau.platform.consumer.IdempotentConsumer;
import io.bureau.platform.paging.Page;
import io.bureau.platform.paging.PageRequest;
import io.bureau.platform.requestid.RequestIds;
import io.bureau.platform.security.CurrentCaller;
import io.quarkus.arc.Arc;

/**
 * The audit trail of a service: every change of state to people's records is written here, in the
 * same transaction as the change, with the caller (or the event that caused it) and the state
 * before and after.
 */
@ApplicationScoped
public class AuditTrail {

    /** One entry as an API shows it. */
    public record Entry(UUID id, OffsetDateTime occurredAt, String actor, String action, String entityType,
                        String entityId, JsonNode before, JsonNode after, String requestId) {
    }

    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurredAt", "action", "action", "actor", "actor");

    @Inject
    ObjectMapper objectMapper;

    /**
     * Records that {@code action} changed entity {@code entityType}/{@code entityId} from
     * {@code before} (null when created) to {@code after} (null when removed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        fillActor(entry);
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId.toString();
        entry.beforeState = json(before);
        entry.afterState = json(after);
        entry.requestId = RequestIds.current();
        entry.persist();
    }

    /** The changes to one entity, newest first unless the page asks to sort by occurredAt, action or actor. */
    public Page<Entry> history(String entityType, Object entityId, PageRequest page) {
        String order = page.orderBy(SORTABLE, "occurredAt desc, id");
        var query = AuditEntry.find("entityType = ?1 and entityId = ?2 order by " + order,
                entityType, entityId.toString());
        List<AuditEntry> rows = query.page(page.page, page.size).list();
        return new Page<>(rows.stream().map(this::toEntry).toList(), page.page, page.size, query.count());
    }

    private void fillActor(AuditEntry entry) {
        CurrentCaller caller = Arc.container().requestContext().isActive()
                ? Arc.container().instance(CurrentCaller.class).get()
                : null;
        if (caller != null && caller.isAuthenticated()) {
            entry.actor = caller.subject();
            entry.actorRoles = String.join(",", new TreeSet<>(caller.roles()));
            return;
        }
        Object eventId = MDC.get(IdempotentConsumer.EVENT_ID_MDC_KEY);
        entry.actor = eventId != null ? "event:" + eventId : "system";
    }

    private Entry toEntry(AuditEntry e) {
        return new Entry(e.id, e.occurredAt, e.actor, e.action, e.entityType, e.entityId,
                tree(e.beforeState), tree(e.afterState), e.requestId);
    }

    private String json(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return objectMapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit state is not serialisable: " + state.getClass(), e);
        }
    }

    private JsonNode tree(String json) {
        try {
            return json == null ? null : objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored audit state is not JSON", e);
        }
    }
}
