package io.bureau.deploy.k8s;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the manifests must provide for: the apps, their ports, and the event catalogue. */
final class Bureau {

    record App(String name, int port, int managementPort, String context) {
        boolean isService() {
            return context != null;
        }

        String database() {
            return context + "-db";
        }
    }

    static final List<App> APPS = List.of(
            new App("api-gateway", 8080, 9080, null),
            new App("staff-service", 8081, 9081, "staff"),
            new App("scheduling-service", 8082, 9082, "scheduling"),
            new App("reviews-service", 8083, 9083, "reviews"),
            new App("procurement-service", 8084, 9084, "procurement"));

    /**
     * The event catalogue's topics, one per aggregate (the architecture document's section 3, and
     * staff-service's hiring topics). The services' committed AsyncAPI documents are read too: a
     * topic named there needs its KafkaTopic as well.
     */
    static final Set<String> CATALOGUE_TOPICS = Set.of(
            "bureau.staff.department", "bureau.staff.employee", "bureau.staff.onboarding",
            "bureau.staff.job-opening", "bureau.staff.job-application",
            "bureau.scheduling.task", "bureau.scheduling.plan",
            "bureau.reviews.review", "bureau.reviews.improvement-plan", "bureau.reviews.enrolment",
            "bureau.reviews.training", "bureau.reviews.counseling", "bureau.reviews.case",
            "bureau.procurement.stock", "bureau.procurement.purchase", "bureau.procurement.asset",
            "bureau.procurement.budget");

    /**
     * What a service consumes while it has no AsyncAPI document of its own yet (the contracts the
     * services are written against). Once its document is committed, the document decides.
     */
    static final Map<String, Set<String>> CONSUMES_UNTIL_DOCUMENTED = Map.of(
            "reviews-service", Set.of("bureau.scheduling.task", "bureau.staff.employee", "bureau.staff.department",
                    "bureau.procurement.budget"),
            "procurement-service", Set.of("bureau.staff.employee", "bureau.reviews.training"));

    static String deadLetterTopic(String context) {
        return "bureau." + context + ".dlq";
    }

    static String contextOfTopic(String topic) {
        String[] parts = topic.split("\\.");
        return parts.length >= 3 ? parts[1] : "";
    }

    private Bureau() {
    }
}
