package de.smartcity.portfolio.application;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A call for funds as the finance officer records it on the calls page.
 *
 * @param callDate the day the money was called, not after today
 * @param amount what was called, in euros with at most two decimals
 * @param reference the call's reference (the city's or the funder's), optional
 * @param reason why the amount differs from what the page proposed; required when it does
 */
public record CallInput(
    @NotNull LocalDate callDate,
    @NotNull @Digits(integer = 13, fraction = 2) BigDecimal amount,
    @Size(max = 60) String reference,
    @Size(max = 500) String reason) {}
