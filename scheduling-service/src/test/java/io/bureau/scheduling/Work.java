package io.bureau.scheduling;

import static io.bureau.scheduling.Tokens.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bureau.testing.KafkaEvents;
import io.bureau.testing.KafkaEvents.Event;

/** Tasks made through the API, and their events read back from the broker. */
public final class Work {

    public static final String TASK_TOPIC = "bureau.scheduling.task";

    private Work() {
    }

    /** A department on the roster with its manager, and one clerk holding the skill at level 3. */
    public record Office(UUID department, UUID manager, UUID skill, UUID clerk) {

        public String managerToken() {
            return Tokens.officeManager(manager);
        }

        public String clerkToken() {
            return Tokens.employee(clerk);
        }
    }

    public static Office office() {
        UUID manager = UUID.randomUUID();
        UUID department = StaffFeed.department(null, manager);
        UUID skill = UUID.randomUUID();
        UUID clerk = StaffFeed.hire(department, manager, List.of(StaffFeed.skill(skill, "Bookkeeping " + skill.toString().substring(0, 4), 3)));
        return new Office(department, manager, skill, clerk);
    }

    public static Map<String, Object> task(UUID department, UUID skill, int minLevel, double hours, LocalDate deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Reconcile petty cash " + UUID.randomUUID().toString().substring(0, 6));
        body.put("description", "Match every receipt");
        body.put("departmentId", department);
        body.put("requiredSkills", skill == null ? List.of() : List.of(Map.of("skillId", skill, "minLevel", minLevel)));
        body.put("estimatedHours", hours);
        body.put("priority", 2);
        body.put("deadline", deadline);
        return body;
    }

    public static UUID create(String managerToken, Map<String, Object> body) {
        return UUID.fromString(as(managerToken).body(body).post("/api/v1/tasks").then().statusCode(201).extract().path("id"));
    }

    /** A task of the office needing its skill at level 2, 4 hours, due in two weeks. */
    public static UUID create(Office office) {
        return create(office.managerToken(), task(office.department(), office.skill(), 2, 4, LocalDate.now().plusDays(14)));
    }

    public static void assign(Office office, UUID task, UUID person) {
        as(office.managerToken()).body(Map.of("assigneeId", person)).post("/api/v1/tasks/" + task + "/assign").then().statusCode(200);
    }

    /** Every event of the task up to and including the first of {@code type}. */
    public static List<Event> eventsUntil(UUID task, String type) {
        return KafkaEvents.allUntil(e -> task.toString().equals(e.key()) && type.equals(e.type()), Duration.ofSeconds(60), TASK_TOPIC)
                .stream().filter(e -> task.toString().equals(e.key())).toList();
    }
}
