package io.bureau.procurement.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.bureau.platform.problem.Problems;

/** The one currency this deployment keeps its books in ({@code bureau.procurement.currency}); any other is refused. */
@ApplicationScoped
public class Currency {

    @ConfigProperty(name = "bureau.procurement.currency", defaultValue = "EUR")
    String code;

    public String code() {
        return code;
    }

    /** The amount in cents precision, or 400 naming the field when the currency is not the deployment's. */
    public BigDecimal accept(Money money, String field) {
        if (money == null || money.amount() == null) {
            throw Problems.invalidField(field + ".amount", "must not be null");
        }
        if (!code.equals(money.currency())) {
            throw Problems.invalidField(field + ".currency", "must be " + code + ", the currency this deployment keeps its books in");
        }
        return money.amount().setScale(2, RoundingMode.HALF_UP);
    }

    public Money of(BigDecimal amount) {
        return Money.of(amount == null ? BigDecimal.ZERO : amount, code);
    }
}
