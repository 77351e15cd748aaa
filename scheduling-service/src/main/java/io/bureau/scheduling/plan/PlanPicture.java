package io.bureau.scheduling.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bureau.scheduling.plan.PlanDtos.WorkPlanAssignment;
import io.bureau.scheduling.plan.PlanDtos.WorkPlanView;

/**
 * A plan as an SVG timeline: one row per person, one column per day of the horizon, each task a
 * bar from its first to its last day, coloured by priority; a late task has a red outline and
 * "late" after its title, and its deadline is a red tick.
 */
public final class PlanPicture {

    private static final String[] COLOURS = {"#d62728", "#ff7f0e", "#1f77b4", "#7f7f7f"};
    private static final int DAY = 28;
    private static final int ROW = 22;
    private static final int LEFT = 180;
    private static final int TOP = 40;

    private PlanPicture() {
    }

    public static String svg(WorkPlanView plan) {
        Map<UUID, String> people = new LinkedHashMap<>();
        Map<UUID, List<WorkPlanAssignment>> byPerson = new LinkedHashMap<>();
        LocalDate last = plan.to();
        for (WorkPlanAssignment a : plan.assignments()) {
            people.putIfAbsent(a.personId(), a.personName());
            byPerson.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a);
            if (a.finish() != null && a.finish().isAfter(last)) {
                last = a.finish();
            }
        }
        int days = (int) ChronoUnit.DAYS.between(plan.from(), last) + 1;
        int rows = 0;
        for (List<WorkPlanAssignment> list : byPerson.values()) {
            rows += list.size();
        }
        int width = LEFT + days * DAY + 20;
        int height = TOP + rows * ROW + people.size() * 6 + 20;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        b.append("<title>Plan ").append(plan.id()).append(" (").append(plan.status()).append(")</title>\n");
        for (int d = 0; d < days; d++) {
            LocalDate day = plan.from().plusDays(d);
            int x = LEFT + d * DAY;
            String fill = day.getDayOfWeek().getValue() >= 6 ? "#f0f0f0" : "#ffffff";
            b.append("<rect x=\"").append(x).append("\" y=\"").append(TOP - 20).append("\" width=\"").append(DAY)
                    .append("\" height=\"").append(height - TOP).append("\" fill=\"").append(fill).append("\" stroke=\"#e0e0e0\"/>\n");
            b.append("<text x=\"").append(x + 3).append("\" y=\"").append(TOP - 6).append("\">").append(day.getDayOfMonth()).append("</text>\n");
        }
        int y = TOP;
        for (Map.Entry<UUID, List<WorkPlanAssignment>> row : byPerson.entrySet()) {
            b.append("<text x=\"4\" y=\"").append(y + 14).append("\" font-weight=\"bold\">").append(escape(people.get(row.getKey()))).append("</text>\n");
            for (WorkPlanAssignment a : row.getValue()) {
                if (a.start() != null && a.finish() != null) {
                    int x = LEFT + (int) ChronoUnit.DAYS.between(plan.from(), a.start()) * DAY;
                    int w = ((int) ChronoUnit.DAYS.between(a.start(), a.finish()) + 1) * DAY - 2;
                    boolean late = a.daysLate() > 0;
                    b.append("<g class=\"task").append(late ? " late" : "").append("\"><title>").append(escape(a.title()))
                            .append(" (priority ").append(a.priority()).append(", deadline ").append(a.deadline()).append(")</title>")
                            .append("<rect x=\"").append(x + 1).append("\" y=\"").append(y + 2).append("\" width=\"").append(w)
                            .append("\" height=\"").append(ROW - 4).append("\" rx=\"3\" fill=\"").append(COLOURS[Math.max(1, Math.min(4, a.priority())) - 1])
                            .append("\"").append(late ? " stroke=\"#ff0000\" stroke-width=\"3\"" : "").append("/>")
                            .append("<text x=\"").append(x + 4).append("\" y=\"").append(y + 15).append("\" fill=\"#ffffff\">")
                            .append(escape(a.title())).append(late ? " (late " + a.daysLate() + " d)" : "").append("</text>");
                    int dx = LEFT + ((int) ChronoUnit.DAYS.between(plan.from(), a.deadline()) + 1) * DAY;
                    if (late && dx >= LEFT) {
                        b.append("<line x1=\"").append(dx).append("\" y1=\"").append(y).append("\" x2=\"").append(dx)
                                .append("\" y2=\"").append(y + ROW).append("\" stroke=\"#ff0000\" stroke-width=\"2\"/>");
                    }
                    b.append("</g>\n");
                }
                y += ROW;
            }
            y += 6;
        }
        return b.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
