package io.bureau.scheduling.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.calculator.IncrementalScoreCalculator;

/**
 * The {@link Schedule}'s score, kept up to date move by move. A move on the list variable changes
 * at most two people's lists: only their days are laid out again, and each person's share of the
 * score (hard, lateness, balance, strength, changes) is replaced. A task whose finish day or person
 * changed makes the people holding its successors lay out again (a predecessor done by a colleague
 * lets the work start the next day), until nothing changes. Dependencies that go round in a circle
 * across people would push each other later and later: past a bound on the rounds the whole plan is
 * laid out again by {@link Schedule} itself, the reference this class must always agree with
 * ({@code IncrementalPlanScoreTest}, and Timefold's FULL_ASSERT in the tests).
 */
public class IncrementalPlanScore implements IncrementalScoreCalculator<PlanSolution, BendableLongScore> {

    private PlanSolution solution;
    private List<PlanPerson> people;
    private final Map<PlanPerson, Integer> personIndex = new IdentityHashMap<>();
    private int horizonDays;
    private int days;
    private int[][] capacity;
    private long[] capacityInHorizon;

    // Per task (by PlanTask.index).
    private int[] ready0;
    private int[] deadline;
    private int[] weight;
    private int[] urgency;
    private int[] currentAssignee;
    private int[][] successors;
    /** Last day each person's skills for the task hold (Integer.MIN_VALUE: missing or too low), [task][person]. */
    private int[][] validUntil;
    private int[][] margin;
    private int[] finish;
    private int[] laidBy;
    private int[] personOf;
    private int[] posOf;

    // Per person: their share of each score level.
    private long[] hard;
    private long[] late;
    private long[] balance;
    private long[] strength;
    private long[] changes;
    /** Per person and position: the lay-out's state before that task (day -1: stopped), and the score so far. */
    private int[][] checkpointDay;
    private int[][] checkpointUsed;
    private long[][] checkpointLoad;
    private long[][] checkpointHard;
    private long[][] checkpointLate;
    private long[][] checkpointStrength;
    private long[][] checkpointChanges;
    private long totalHard;
    private long totalLate;
    private long totalBalance;
    private long totalStrength;
    private long totalChanges;

    private boolean[] listChanged;
    private int[] listChangedFrom;
    private int[] listChangedStack;
    private int listChangedCount;
    private boolean[] queued;
    private int[] dirtyFrom;
    private int[] queue;
    private int queueHead;
    private int queueSize;

    /** People laid out (for measurements). */
    long relays;
    /** Whole plans laid out by {@link Schedule}: once per reset, and once per fallback from a circle of dependencies. */
    long fullRecomputes;

    @Override
    public void resetWorkingSolution(PlanSolution workingSolution) {
        solution = workingSolution;
        people = workingSolution.getPeople();
        int n = people.size();
        int taskCount = workingSolution.getIndexSize();
        LocalDate from = workingSolution.getFrom();
        horizonDays = (int) ChronoUnit.DAYS.between(from, workingSolution.getTo()) + 1;
        days = horizonDays + Schedule.OVERRUN_DAYS;
        personIndex.clear();
        capacity = new int[n][];
        capacityInHorizon = new long[n];
        for (int p = 0; p < n; p++) {
            PlanPerson person = people.get(p);
            personIndex.put(person, p);
            capacity[p] = person.capacity(from, days);
            for (int d = 0; d < horizonDays; d++) {
                capacityInHorizon[p] += capacity[p][d];
            }
        }
        ready0 = new int[taskCount];
        deadline = new int[taskCount];
        weight = new int[taskCount];
        urgency = new int[taskCount];
        currentAssignee = new int[taskCount];
        validUntil = new int[taskCount][];
        margin = new int[taskCount][];
        List<List<Integer>> succ = new ArrayList<>(taskCount);
        for (int t = 0; t < taskCount; t++) {
            succ.add(new ArrayList<>());
        }
        List<PlanTask> all = new ArrayList<>(workingSolution.getTasks());
        all.addAll(workingSolution.getPinned());
        for (PlanTask task : all) {
            int t = task.index;
            ready0[t] = task.getEarliestStart() == null ? 0 : Math.max(0, (int) ChronoUnit.DAYS.between(from, task.getEarliestStart()));
            deadline[t] = (int) ChronoUnit.DAYS.between(from, task.getDeadline());
            weight[t] = task.lateWeight();
            urgency[t] = 5 - task.getPriority();
            currentAssignee[t] = -1;
            validUntil[t] = new int[n];
            margin[t] = new int[n];
            for (int p = 0; p < n; p++) {
                PlanPerson person = people.get(p);
                if (task.getCurrentAssignee() != null && task.getCurrentAssignee().equals(person.getId())) {
                    currentAssignee[t] = p;
                }
                validUntil[t][p] = validUntil(task, person, from);
                margin[t][p] = person.levelMargin(task);
            }
            if (task.getCurrentAssignee() != null && currentAssignee[t] < 0) {
                currentAssignee[t] = -2;
            }
            for (PlanTask pred : task.predecessors) {
                succ.get(pred.index).add(t);
            }
        }
        successors = new int[taskCount][];
        for (int t = 0; t < taskCount; t++) {
            successors[t] = succ.get(t).stream().mapToInt(Integer::intValue).toArray();
        }
        finish = new int[taskCount];
        laidBy = new int[taskCount];
        personOf = new int[taskCount];
        posOf = new int[taskCount];
        hard = new long[n];
        late = new long[n];
        balance = new long[n];
        strength = new long[n];
        changes = new long[n];
        listChanged = new boolean[n];
        listChangedFrom = new int[n];
        listChangedStack = new int[n];
        dirtyFrom = new int[n];
        checkpointDay = new int[n][];
        checkpointUsed = new int[n][];
        checkpointLoad = new long[n][];
        checkpointHard = new long[n][];
        checkpointLate = new long[n][];
        checkpointStrength = new long[n][];
        checkpointChanges = new long[n][];
        listChangedCount = 0;
        queued = new boolean[n];
        queue = new int[n];
        queueHead = 0;
        queueSize = 0;
        recomputeAll();
    }

    /** Last day index on which the person holds every skill the task needs at its level; MIN_VALUE when they never do. */
    private static int validUntil(PlanTask task, PlanPerson person, LocalDate from) {
        int until = Integer.MAX_VALUE;
        for (PlanTask.Need need : task.getNeeds()) {
            PlanPerson.Held held = person.getSkills().get(need.skillId());
            if (held == null || held.level() < need.minLevel()) {
                return Integer.MIN_VALUE;
            }
            if (held.expiresOn() != null) {
                long d = ChronoUnit.DAYS.between(from, held.expiresOn());
                until = (int) Math.max(Integer.MIN_VALUE + 1, Math.min(until, d));
            }
        }
        return until;
    }

    /** Lays the whole plan out with the reference {@link Schedule}, then takes each person's share from it. */
    private void recomputeAll() {
        fullRecomputes++;
        Schedule reference = Schedule.of(solution);
        System.arraycopy(reference.finish, 0, finish, 0, finish.length);
        Arrays.fill(laidBy, -1);
        Arrays.fill(personOf, -1);
        for (int p = 0; p < people.size(); p++) {
            positions(p, 0);
        }
        for (int t = 0; t < finish.length; t++) {
            laidBy[t] = reference.assignee[t] == null ? personOf[t] : personIndex.get(reference.assignee[t]);
        }
        totalHard = totalLate = totalBalance = totalStrength = totalChanges = 0;
        Arrays.fill(hard, 0);
        Arrays.fill(late, 0);
        Arrays.fill(balance, 0);
        Arrays.fill(strength, 0);
        Arrays.fill(changes, 0);
        for (int p = 0; p < people.size(); p++) {
            relay(p, 0, false);
        }
        Arrays.fill(listChanged, false);
        listChangedCount = 0;
        Arrays.fill(queued, false);
        Arrays.fill(dirtyFrom, Integer.MAX_VALUE);
        queueSize = 0;
    }

    /** Records where each task of the person's list stands, from {@code from} on. */
    private void positions(int p, int from) {
        PlanPerson person = people.get(p);
        List<PlanTask> pinned = person.getPinned();
        List<PlanTask> tasks = person.getTasks();
        int kept = pinned.size();
        int count = kept + tasks.size();
        for (int i = from; i < count; i++) {
            PlanTask task = i < kept ? pinned.get(i) : tasks.get(i - kept);
            personOf[task.index] = p;
            posOf[task.index] = i;
        }
    }

    /**
     * Lays out one person's days in the order of their list, as {@link Schedule} does, from position
     * {@code from} on (the state before it is kept from the last lay-out), and replaces their share of
     * the score. With {@code cascade}, the people holding successors of a task whose finish day or
     * person changed are queued to lay out again from that successor on.
     */
    private void relay(int p, int from, boolean cascade) {
        relays++;
        PlanPerson person = people.get(p);
        List<PlanTask> pinned = person.getPinned();
        List<PlanTask> tasks = person.getTasks();
        int kept = pinned.size();
        int count = kept + tasks.size();
        ensureCheckpoints(p, count + 1);
        int[] cap = capacity[p];
        int[] cpDay = checkpointDay[p];
        int[] cpUsed = checkpointUsed[p];
        long[] cpLoad = checkpointLoad[p];
        long[] cpHard = checkpointHard[p];
        long[] cpLate = checkpointLate[p];
        long[] cpStrength = checkpointStrength[p];
        long[] cpChanges = checkpointChanges[p];
        int cursorDay = cpDay[from];
        int cursorUsed = cpUsed[from];
        boolean stopped = cursorDay < 0;
        long load = cpLoad[from];
        long h = cpHard[from];
        long l = cpLate[from];
        long st = cpStrength[from];
        long ch = cpChanges[from];
        for (int i = from; i < count; i++) {
            PlanTask task = i < kept ? pinned.get(i) : tasks.get(i - kept);
            int t = task.index;
            int newFinish = -1;
            if (!stopped) {
                int ready = ready0[t];
                for (PlanTask pred : task.predecessors) {
                    int q = pred.index;
                    int pf = finish[q];
                    if (personOf[q] == p) {
                        if (posOf[q] >= i || pf < 0) {
                            stopped = true;
                            break;
                        }
                        ready = Math.max(ready, pf);
                    } else {
                        if (pf < 0) {
                            stopped = true;
                            break;
                        }
                        ready = Math.max(ready, pf + 1);
                    }
                }
                if (!stopped) {
                    int d = Math.max(cursorDay, ready);
                    int used = d == cursorDay ? cursorUsed : 0;
                    int remaining = task.getEffort();
                    while (remaining > 0 && d < days) {
                        int take = Math.min(cap[d] - used, remaining);
                        if (take > 0) {
                            remaining -= take;
                            used += take;
                            if (d < horizonDays) {
                                load += take;
                            }
                        }
                        if (remaining > 0) {
                            d++;
                            used = 0;
                        }
                    }
                    if (remaining > 0) {
                        stopped = true;
                    } else {
                        newFinish = d;
                        cursorDay = d;
                        cursorUsed = used;
                    }
                }
            }
            if (cascade && (finish[t] != newFinish || laidBy[t] != p)) {
                for (int s : successors[t]) {
                    int q = personOf[s];
                    // A successor laid out in this pass already saw the task where it is now; one
                    // before {@code from} on this person (the task moved in behind it) did not.
                    if (q >= 0 && (q != p || posOf[s] < from)) {
                        enqueue(q, posOf[s]);
                    }
                }
            }
            finish[t] = newFinish;
            laidBy[t] = p;
            boolean free = i >= kept;
            if (newFinish < 0) {
                h++;
                l += (long) Math.max(1, days - deadline[t]) * weight[t];
            } else {
                if (free && validUntil[t][p] < newFinish) {
                    h++;
                }
                l += (long) Math.max(0, newFinish - deadline[t]) * weight[t];
                st += (long) urgency[t] * margin[t][p];
                if (free && currentAssignee[t] != -1 && currentAssignee[t] != p) {
                    ch++;
                }
            }
            cpDay[i + 1] = stopped ? -1 : cursorDay;
            cpUsed[i + 1] = cursorUsed;
            cpLoad[i + 1] = load;
            cpHard[i + 1] = h;
            cpLate[i + 1] = l;
            cpStrength[i + 1] = st;
            cpChanges[i + 1] = ch;
        }
        long b = 0;
        if (capacityInHorizon[p] > 0) {
            long permille = load * 1000 / capacityInHorizon[p];
            b = permille * permille;
        }
        totalHard += h - hard[p];
        totalLate += l - late[p];
        totalBalance += b - balance[p];
        totalStrength += st - strength[p];
        totalChanges += ch - changes[p];
        hard[p] = h;
        late[p] = l;
        balance[p] = b;
        strength[p] = st;
        changes[p] = ch;
    }

    /** Room for the state before each position of the person's list (position 0: an empty day 0). */
    private void ensureCheckpoints(int p, int size) {
        if (checkpointDay[p] != null && checkpointDay[p].length >= size) {
            return;
        }
        int length = Math.max(size, checkpointDay[p] == null ? 16 : checkpointDay[p].length * 2);
        checkpointDay[p] = checkpointDay[p] == null ? new int[length] : Arrays.copyOf(checkpointDay[p], length);
        checkpointUsed[p] = checkpointUsed[p] == null ? new int[length] : Arrays.copyOf(checkpointUsed[p], length);
        checkpointLoad[p] = checkpointLoad[p] == null ? new long[length] : Arrays.copyOf(checkpointLoad[p], length);
        checkpointHard[p] = checkpointHard[p] == null ? new long[length] : Arrays.copyOf(checkpointHard[p], length);
        checkpointLate[p] = checkpointLate[p] == null ? new long[length] : Arrays.copyOf(checkpointLate[p], length);
        checkpointStrength[p] = checkpointStrength[p] == null ? new long[length] : Arrays.copyOf(checkpointStrength[p], length);
        checkpointChanges[p] = checkpointChanges[p] == null ? new long[length] : Arrays.copyOf(checkpointChanges[p], length);
    }

    /** Queues the person to lay out again from {@code position} on (or from an earlier position already asked for). */
    private void enqueue(int p, int position) {
        if (position < dirtyFrom[p]) {
            dirtyFrom[p] = position;
        }
        if (!queued[p]) {
            queued[p] = true;
            queue[(queueHead + queueSize) % queue.length] = p;
            queueSize++;
        }
    }

    /** The person's list changed from {@code index} on (an index in their planned tasks, after the kept ones). */
    private void changed(Object entity, int index) {
        int p = personIndex.get((PlanPerson) entity);
        int position = people.get(p).getPinned().size() + index;
        if (!listChanged[p]) {
            listChanged[p] = true;
            listChangedStack[listChangedCount++] = p;
            listChangedFrom[p] = position;
        } else if (position < listChangedFrom[p]) {
            listChangedFrom[p] = position;
        }
    }

    @Override
    public BendableLongScore calculateScore() {
        if (listChangedCount > 0) {
            for (int k = 0; k < listChangedCount; k++) {
                int p = listChangedStack[k];
                listChanged[p] = false;
                positions(p, listChangedFrom[p]);
                enqueue(p, listChangedFrom[p]);
            }
            listChangedCount = 0;
            int budget = 2 * people.size() + 16;
            while (queueSize > 0) {
                if (budget-- == 0) {
                    recomputeAll();
                    break;
                }
                int p = queue[queueHead];
                queueHead = (queueHead + 1) % queue.length;
                queueSize--;
                queued[p] = false;
                int from = dirtyFrom[p];
                dirtyFrom[p] = Integer.MAX_VALUE;
                relay(p, from, true);
            }
        }
        return BendableLongScore.of(new long[] {-totalHard}, new long[] {-totalLate, -totalBalance, totalStrength, -totalChanges});
    }

    /** The finish day index of a task in the plan as it stands at the last {@link #calculateScore()} (-1: not placed). */
    int finishOf(PlanTask task) {
        return finish[task.index];
    }

    long hardBroken() {
        return totalHard;
    }

    long lateness() {
        return totalLate;
    }

    long balance() {
        return totalBalance;
    }

    long strength() {
        return totalStrength;
    }

    long changes() {
        return totalChanges;
    }

    @Override
    public void beforeListVariableChanged(Object entity, String variableName, int fromIndex, int toIndex) {
        changed(entity, fromIndex);
    }

    @Override
    public void afterListVariableChanged(Object entity, String variableName, int fromIndex, int toIndex) {
        changed(entity, fromIndex);
    }

    @Override
    public void beforeEntityAdded(Object entity) {
        throw new UnsupportedOperationException("people are not added while planning");
    }

    @Override
    public void afterEntityAdded(Object entity) {
        throw new UnsupportedOperationException("people are not added while planning");
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        changed(entity, 0);
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        changed(entity, 0);
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        throw new UnsupportedOperationException("people are not removed while planning");
    }

    @Override
    public void afterEntityRemoved(Object entity) {
        throw new UnsupportedOperationException("people are not removed while planning");
    }
}
