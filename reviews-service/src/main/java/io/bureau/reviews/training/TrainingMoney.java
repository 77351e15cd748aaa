package io.bureau.reviews.training;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Money as every Bureau contract writes it: the amount as a decimal string, and an ISO 4217 currency. */
@Schema(name = "TrainingMoney", requiredProperties = { "amount", "currency" })
public record TrainingMoney(
        @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, examples = "450.00", pattern = "^\\d{1,10}(\\.\\d{1,2})?$") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}") @Schema(examples = "EUR", pattern = "^[A-Z]{3}$") String currency) {
}
