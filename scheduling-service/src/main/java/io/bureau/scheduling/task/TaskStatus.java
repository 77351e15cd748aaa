package io.bureau.scheduling.task;

import java.util.List;

/**
 * A task's workflow: open → assigned → in progress → submitted → accepted, or returned → in
 * progress again; cancelled from any state before accepted. An assigned task may also be given
 * back (open) or to someone else.
 */
public enum TaskStatus {
    OPEN, ASSIGNED, IN_PROGRESS, SUBMITTED, RETURNED, ACCEPTED, CANCELLED;

    public List<TaskStatus> allowedNext() {
        return switch (this) {
            case OPEN -> List.of(ASSIGNED, CANCELLED);
            case ASSIGNED -> List.of(ASSIGNED, OPEN, IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> List.of(SUBMITTED, CANCELLED);
            case SUBMITTED -> List.of(ACCEPTED, RETURNED, CANCELLED);
            case RETURNED -> List.of(IN_PROGRESS, CANCELLED);
            case ACCEPTED, CANCELLED -> List.of();
        };
    }

    public boolean isFinal() {
        return this == ACCEPTED || this == CANCELLED;
    }

    /** Someone holds the task and is expected to do it. */
    public boolean isHeld() {
        return this == ASSIGNED || this == IN_PROGRESS || this == SUBMITTED || this == RETURNED;
    }
}
