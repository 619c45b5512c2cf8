package de.smartcity.portfolio.application;

import de.smartcity.portfolio.domain.model.funding.GrantComponent;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms of a grant as its notice states them.
 *
 * @param programme the funding programme's name
 * @param programmeNumber the funder's programme number, such as KfW 436
 * @param component strategy (A) or implementation (B)
 * @param reference the funder's reference of the commitment
 * @param commitmentDate the date of the commitment
 * @param approvedEligibleCosts the eligible costs approved
 * @param fundingRate the funding rate in per cent
 * @param approvedGrant the grant approved
 * @param fundingStart first day of the funding period
 * @param fundingEnd last day of the funding period
 * @param extendedUntil the extended end, if any
 * @param proofOfUseDue an agreed proof-of-use deadline instead of the programme's rule, if any
 * @param callWindowDays days within which called money must be spent
 */
public record GrantTerms(
    @NotBlank @Size(max = 200) String programme,
    @Size(max = 20) String programmeNumber,
    @NotNull GrantComponent component,
    @NotBlank @Size(max = 60) String reference,
    @NotNull LocalDate commitmentDate,
    @NotNull @Digits(integer = 13, fraction = 2) BigDecimal approvedEligibleCosts,
    @NotNull @Digits(integer = 3, fraction = 2) BigDecimal fundingRate,
    @NotNull @Digits(integer = 13, fraction = 2) BigDecimal approvedGrant,
    @NotNull LocalDate fundingStart,
    @NotNull LocalDate fundingEnd,
    LocalDate extendedUntil,
    LocalDate proofOfUseDue,
    @Positive int callWindowDays) {}
