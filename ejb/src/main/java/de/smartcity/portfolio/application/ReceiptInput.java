package de.smartcity.portfolio.application;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A receipt as finance enters it.
 *
 * @param paymentDate when it was paid
 * @param payee who was paid
 * @param purpose what for
 * @param referenceNumber the accounting reference, optional
 * @param categoryCode the cost category
 * @param amount the amount paid, in euros with at most two decimals
 * @param eligibleAmount the eligible part of it
 */
public record ReceiptInput(
    @NotNull LocalDate paymentDate,
    @NotBlank @Size(max = 200) String payee,
    @NotBlank @Size(max = 500) String purpose,
    @Size(max = 60) String referenceNumber,
    @NotBlank String categoryCode,
    @NotNull @Digits(integer = 13, fraction = 2) BigDecimal amount,
    @NotNull @Digits(integer = 13, fraction = 2) BigDecimal eligibleAmount) {}
