package io.bureau.reviews.suggestion;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the suggestions API reads and writes. */
public final class SuggestionDtos {

    private SuggestionDtos() {
    }

    @Schema(name = "SuggestionCreateRequest", requiredProperties = { "title", "body" })
    public record SuggestionCreateRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 8000) String body) {
    }

    @Schema(name = "SuggestionMoveRequest", requiredProperties = { "status" })
    public record SuggestionMoveRequest(@NotNull Suggestion.Status status, @Size(max = 4000) String note) {
    }

    @Schema(name = "SuggestionCommentRequest", requiredProperties = { "body" })
    public record SuggestionCommentRequest(@NotBlank @Size(max = 4000) String body) {
    }

    @Schema(name = "SuggestionView", requiredProperties = { "id", "title", "body", "raisedBy", "status", "allowedTransitions",
            "createdAt", "version" })
    public record SuggestionView(UUID id, String title, String body,
                                 @Schema(description = "The raiser's subject") String raisedBy, UUID departmentId,
                                 Suggestion.Status status, String decisionNote, List<Suggestion.Status> allowedTransitions,
                                 OffsetDateTime createdAt, long version) {

        public static SuggestionView of(Suggestion s) {
            return new SuggestionView(s.id, s.title, s.body, s.raisedBySubject, s.departmentId, s.status, s.decisionNote,
                    s.status.allowedNext(), s.createdAt, s.version);
        }
    }

    @Schema(name = "SuggestionCommentView", requiredProperties = { "id", "suggestionId", "author", "body", "createdAt" })
    public record SuggestionCommentView(UUID id, UUID suggestionId, String author, String body, OffsetDateTime createdAt) {

        public static SuggestionCommentView of(SuggestionComment c) {
            return new SuggestionCommentView(c.id, c.suggestionId, c.author, c.body, c.createdAt);
        }
    }
}
