package io.bureau.staff.hiring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An interviewer's verdict. */
@Schema(name = "ScorecardRecommendation")
public enum Recommendation {
    STRONG_HIRE, HIRE, NO_HIRE, STRONG_NO_HIRE
}
