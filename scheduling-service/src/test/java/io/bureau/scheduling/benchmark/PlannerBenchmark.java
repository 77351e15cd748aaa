package io.bureau.scheduling.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.bureau.scheduling.planning.PlanPerson;
import io.bureau.scheduling.planning.PlanTask;
import io.bureau.scheduling.planning.Planner;
import io.bureau.scheduling.planning.Schedule;

/**
 * The engine against the greedy baseline on seeded datasets (100 × 5, 500 × 20, 2,000 × 200):
 * prints figures, decides nothing. Run with {@code ./mvnw -B -pl scheduling-service -am -Pbenchmark verify
 * -Dtest=PlannerBenchmark -DargLine=-Xmx1g} (the heap limit is one of the goals).
 */
@Tag("benchmark")
class PlannerBenchmark {

    static final LocalDate FROM = LocalDate.of(2027, 3, 1);
    static final UUID[] SKILLS = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};
    static final String[] NAMES = {"Bookkeeping", "Filing", "Correspondence", "Payroll"};

    record Dataset(String name, List<PlanPerson> people, List<PlanTask> tasks, LocalDate to) {
    }

    @Test
    void engineAgainstGreedy() {
        System.out.printf("%n%-10s %-7s %12s %-46s %10s %8s %6s %10s%n", "dataset", "planner", "1st feasible", "final score",
                "w.lateness", "util sd", "unass.", "lower bnd");
        run(dataset(100, 5, 1), Duration.ofSeconds(10), Duration.ofSeconds(3));
        run(dataset(500, 20, 2), Duration.ofSeconds(10), Duration.ofSeconds(3));
        run(dataset(2000, 200, 3), Duration.ofSeconds(60), Duration.ofSeconds(10));
        Runtime rt = Runtime.getRuntime();
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf("heap used after the runs: %d MiB, peak (sum of the heap pools' peaks) %d MiB, max %d MiB%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, peak >> 20, rt.maxMemory() >> 20);
    }

    static void run(Dataset d, Duration spent, Duration unimproved) {
        Planner.Result greedy = Planner.greedy(new Planner.Problem(FROM, d.to(), d.people(), d.tasks()), false);
        print(d, "greedy", greedy);
        Planner.Result engine = Planner.plan(new Planner.Problem(FROM, d.to(), d.people(), d.tasks()),
                new Planner.Limits(spent, unimproved, false));
        print(d, "engine", engine);
        System.out.printf("%-10s engine ran %d ms (limits: %s in all, %s unimproved); first less late than greedy with no broken rule: %s ms%n",
                d.name(), engine.millisSolving(), spent, unimproved,
                engine.millisToBeatBaseline() < 0 ? "never" : Long.toString(engine.millisToBeatBaseline()));
    }

    static void print(Dataset d, String planner, Planner.Result r) {
        Schedule s = r.schedule();
        double mean = 0;
        int counted = 0;
        for (int p = 0; p < s.capacityInHorizon.length; p++) {
            if (s.capacityInHorizon[p] > 0) {
                mean += s.utilisation(p);
                counted++;
            }
        }
        mean /= Math.max(1, counted);
        double var = 0;
        for (int p = 0; p < s.capacityInHorizon.length; p++) {
            if (s.capacityInHorizon[p] > 0) {
                var += Math.pow(s.utilisation(p) - mean, 2);
            }
        }
        double sd = Math.sqrt(var / Math.max(1, counted));
        System.out.printf("%-10s %-7s %9s ms %-46s %10d %8.3f %6d %10d%n", d.name(), planner,
                r.millisToFeasible() < 0 ? "never" : Long.toString(r.millisToFeasible()), r.score(), s.lateness, sd,
                r.unassignable().size(), lowerBound(d));
    }

    /** Each task alone with its best qualified person from its first day: no plan can be less late than this. */
    static long lowerBound(Dataset d) {
        long bound = 0;
        for (PlanTask t : d.tasks()) {
            LocalDate first = t.getEarliestStart() != null && t.getEarliestStart().isAfter(FROM) ? t.getEarliestStart() : FROM;
            long best = Long.MAX_VALUE;
            for (PlanPerson p : d.people()) {
                int remaining = t.getEffort();
                LocalDate day = first;
                for (int i = 0; i < 800 && remaining > 0; i++, day = day.plusDays(1)) {
                    if (p.missingSkill(t, day) == null) {
                        remaining -= p.capacityOn(day);
                    }
                }
                if (remaining <= 0) {
                    best = Math.min(best, Math.max(0, day.minusDays(1).toEpochDay() - t.getDeadline().toEpochDay()));
                }
            }
            bound += best == Long.MAX_VALUE ? 0 : best * t.lateWeight();
        }
        return bound;
    }

    /** A seeded office: people with one to three skills (some expiring), part-timers and absences; about 90 % loaded. */
    static Dataset dataset(int taskCount, int peopleCount, long seed) {
        Random rnd = new Random(seed);
        List<PlanPerson> people = new ArrayList<>();
        long capacityPerWeek = 0;
        for (int i = 0; i < peopleCount; i++) {
            List<PlanPerson.Held> skills = new ArrayList<>();
            int held = 1 + rnd.nextInt(3);
            for (int k = 0; k < held; k++) {
                int s = (i + k) % SKILLS.length;
                LocalDate expires = rnd.nextInt(10) == 0 ? FROM.plusDays(5 + rnd.nextInt(20)) : null;
                skills.add(new PlanPerson.Held(SKILLS[s], NAMES[s], 1 + rnd.nextInt(5), expires));
            }
            Set<DayOfWeek> days = rnd.nextInt(5) == 0 ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)
                    : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            int hours = 600 + 50 * rnd.nextInt(5);
            capacityPerWeek += (long) hours * days.size();
            List<PlanPerson.Away> away = new ArrayList<>();
            if (rnd.nextInt(4) == 0) {
                LocalDate first = FROM.plusDays(rnd.nextInt(20));
                away.add(new PlanPerson.Away(first, first.plusDays(2 + rnd.nextInt(4))));
            }
            people.add(new PlanPerson(UUID.randomUUID(), "P" + i, skills, hours, days, away, null, false));
        }
        List<PlanTask> tasks = new ArrayList<>();
        int[] efforts = new int[taskCount];
        long total = 0;
        for (int i = 0; i < taskCount; i++) {
            efforts[i] = 100 * (1 + rnd.nextInt(12));
            total += efforts[i];
        }
        int horizonDays = (int) Math.max(7, Math.ceil(total / 0.9 / capacityPerWeek * 7));
        LocalDate to = FROM.plusDays(horizonDays - 1);
        for (int i = 0; i < taskCount; i++) {
            List<PlanTask.Need> needs = new ArrayList<>();
            int n = rnd.nextInt(3);
            for (int k = 0; k < n; k++) {
                int s = rnd.nextInt(SKILLS.length);
                if (needs.stream().noneMatch(x -> x.skillId().equals(SKILLS[s]))) {
                    needs.add(new PlanTask.Need(SKILLS[s], NAMES[s], 1 + rnd.nextInt(3)));
                }
            }
            LocalDate deadline = FROM.plusDays(2 + rnd.nextInt(horizonDays));
            LocalDate earliest = rnd.nextInt(5) == 0 ? FROM.plusDays(rnd.nextInt(Math.max(1, horizonDays / 2))) : null;
            if (earliest != null && earliest.isAfter(deadline)) {
                earliest = null;
            }
            List<UUID> preds = i > 0 && rnd.nextInt(10) == 0 ? List.of(tasks.get(rnd.nextInt(i)).getId()) : List.of();
            tasks.add(new PlanTask(UUID.randomUUID(), "T" + i, 1 + rnd.nextInt(4), efforts[i], earliest, deadline, needs, preds,
                    null, null));
        }
        return new Dataset(taskCount + "x" + peopleCount, people, tasks, to);
    }
}
