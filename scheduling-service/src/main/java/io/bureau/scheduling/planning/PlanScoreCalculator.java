package io.bureau.scheduling.planning;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.calculator.EasyScoreCalculator;

/** Scores a plan by laying it out day by day ({@link Schedule}): one simulation serves the engine, the baseline and the explanations. */
public class PlanScoreCalculator implements EasyScoreCalculator<PlanSolution, BendableLongScore> {

    @Override
    public BendableLongScore calculateScore(PlanSolution solution) {
        return Schedule.of(solution).score();
    }
}
