package io.cloudimages.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A price the cloud quoted for using an image (marketplace images, mostly).
 *
 * @param chargeType    how it is charged, in the cloud's words ("Month", "Dynamic", ...)
 * @param amount        the price
 * @param originalPrice the price before a time-limited discount, or null when the cloud gave none
 * @param currency      ISO 4217 code, for example {@code CNY}
 */
public record Price(String chargeType, BigDecimal amount, BigDecimal originalPrice, String currency) {
    public Price {
        Objects.requireNonNull(chargeType, "chargeType");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
