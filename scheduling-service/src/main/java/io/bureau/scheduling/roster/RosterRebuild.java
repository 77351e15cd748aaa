package io.bureau.scheduling.roster;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.bureau.platform.audit.AuditTrail;
import io.bureau.platform.consumer.PoisonEventException;
import io.bureau.platform.events.IncomingEvent;
import io.bureau.platform.problem.Problems;
import io.bureau.scheduling.events.StaffEventHandler;
import io.bureau.scheduling.events.StaffEvents;
import io.bureau.scheduling.roster.RosterDtos.RosterRebuildView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;

/**
 * Rebuilds the roster from staff's topics, from the beginning, in one transaction: readers see the
 * old roster until the new one commits, and a failure leaves the old one as it was.
 *
 * <p>Under {@link RosterLock} (live events wait, on every replica), the end offsets of both topics
 * are taken, the roster's rows are deleted, and every record up to those offsets is read by a
 * consumer of its own (manual assignment, no consumer group, nothing committed) and applied by the
 * same {@link StaffEventHandler} the live consumers use, straight to {@link RosterService}: the
 * consumers' processed-event records are neither consulted nor changed, so events they processed
 * before are applied again. As the live consumers do, the replay applies an event id once per topic
 * (a redelivery changes nothing) and skips an event they would have dead-lettered. A live event
 * held back meanwhile is applied after the commit, on top; the roster's newest-wins rules make that
 * give the same result as incremental consumption.
 *
 * <p>It needs the topics' whole history: when a partition no longer starts at offset 0 (retention
 * deleted its oldest events) the rebuild is refused, since it would lose whoever those events describe.
 */
@ApplicationScoped
public class RosterRebuild {

    private static final Logger LOG = Logger.getLogger(RosterRebuild.class);
    private static final List<String> TOPICS = List.of(StaffEvents.DEPARTMENT_TOPIC, StaffEvents.EMPLOYEE_TOPIC);
    private static final int FLUSH_EVERY = 500;

    @Inject
    EntityManager entityManager;

    @Inject
    StaffEventHandler handler;

    @Inject
    RosterLock lock;

    @Inject
    AuditTrail audit;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /** The longest a rebuild may take, reading and applying; it is rolled back beyond that. */
    @ConfigProperty(name = "bureau.scheduling.roster-rebuild.timeout", defaultValue = "10m")
    Duration timeout;

    public RosterRebuildView rebuild() {
        return QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds()).call(this::rebuildInTransaction);
    }

    private RosterRebuildView rebuildInTransaction() {
        OffsetDateTime startedAt = now();
        lock.takeForReplay();
        Replay replay = new Replay();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            requireWholeHistory(consumer.beginningOffsets(partitions));
            // Taken under the lock: every event a live consumer applied before it is below these offsets.
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            end.values().removeIf(offset -> offset == 0);
            clearRoster();
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!end.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the roster rebuild did not reach the end offsets within " + timeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    Long last = end.get(partition);
                    if (last != null && record.offset() < last) {
                        replay.apply(record);
                    }
                }
                end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            }
        }
        entityManager.flush();
        RosterRebuildView view = replay.view(startedAt, counts());
        audit.record("roster.rebuilt", "roster", view.rebuildId(), null, view);
        LOG.infof("roster rebuilt from %d records: %d applied, %d duplicates, %d refused; %d people, %d departments",
                view.recordsRead(), view.eventsApplied(), view.duplicatesSkipped(), view.refusedSkipped(), view.people(),
                view.departments());
        return view;
    }

    /** What the replay did, record by record. */
    private final class Replay {
        private final Map<String, Set<String>> appliedIds = new HashMap<>();
        private long read;
        private long applied;
        private long duplicates;
        private long refused;

        void apply(ConsumerRecord<String, String> record) {
            read++;
            try {
                IncomingEvent event = IncomingEvent.from(record);
                Set<String> ids = appliedIds.computeIfAbsent(record.topic(), t -> new HashSet<>());
                if (ids.contains(event.id())) {
                    duplicates++;
                    return;
                }
                if (StaffEvents.DEPARTMENT_TOPIC.equals(record.topic())) {
                    handler.department(event);
                } else {
                    handler.employee(event);
                }
                ids.add(event.id());
                applied++;
            } catch (PoisonEventException e) {
                // The live consumer dead-lettered it: it changed nothing there, and changes nothing here.
                refused++;
                LOG.debugf("replay skips %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            }
            if (read % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }

        RosterRebuildView view(OffsetDateTime startedAt, long[] counts) {
            return new RosterRebuildView(UUID.randomUUID(), read, applied, duplicates, refused, counts[0], counts[1], counts[2],
                    startedAt, now());
        }
    }

    private KafkaConsumer<String, String> consumer() {
        // The application's kafka.* settings (bootstrap servers, TLS, SASL); no group: nothing is committed or shared.
        Map<String, Object> props = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (ConsumerConfig.configNames().contains(key)) {
                props.put(key, value);
            }
        });
        props.putIfAbsent(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, applicationName + "-roster-rebuild");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, FLUSH_EVERY);
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private static void requireWholeHistory(Map<TopicPartition, Long> beginning) {
        List<String> trimmed = beginning.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " starts at offset " + e.getValue()).sorted().toList();
        if (!trimmed.isEmpty()) {
            throw Problems.conflict("The staff topics no longer hold their whole history (" + String.join(", ", trimmed)
                    + "): a replay would lose the people their oldest events describe; the roster is left as it is");
        }
    }

    private void clearRoster() {
        for (String table : List.of("roster_skill", "roster_absence", "roster_person", "roster_department")) {
            entityManager.createNativeQuery("delete from " + table).executeUpdate();
        }
        entityManager.clear();
    }

    /** People listed (their profile has arrived), departments, absences not cancelled. */
    private long[] counts() {
        return new long[] {
            RosterPerson.count("profileAsOf is not null"),
            RosterDepartment.count(),
            RosterAbsence.count("cancelled = false")
        };
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
