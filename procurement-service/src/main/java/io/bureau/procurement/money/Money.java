package io.bureau.procurement.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/** An amount of money: a decimal written as a string (never a binary float) and its ISO-4217 currency. */
@Schema(name = "ProcurementMoney", requiredProperties = { "amount", "currency" })
public record Money(
        @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, pattern = "^-?[0-9]{1,12}(\\.[0-9]{1,2})?$", examples = "1234.50") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}")
        @Schema(description = "ISO-4217; the deployment's one configured currency", pattern = "^[A-Z]{3}$", examples = "EUR") String currency) {

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP), currency);
    }
}
