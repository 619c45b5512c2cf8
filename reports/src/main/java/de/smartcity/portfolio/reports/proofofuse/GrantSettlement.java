package de.smartcity.portfolio.reports.proofofuse;

import de.smartcity.portfolio.reports.common.Amounts;
import de.smartcity.portfolio.reports.text.ReportTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What part II.1 states beside this grant's actual line: the grant as received (the payouts of the
 * period), what the funding rate's share of the eligible costs comes to, the difference as over- or
 * under-payment, and the own share of the eligible costs as a check.
 *
 * @param receivedFrom the first day whose payouts count; null when every payout up to {@code
 *     receivedUntil} counts (the final proof)
 * @param receivedUntil the last day whose payouts count
 * @param received the payouts from {@code receivedFrom} to {@code receivedUntil}
 * @param fundingRate the grant's rate in percent, e.g. 65.00
 * @param eligibleCosts the eligible costs of the period (II.2 actual, "davon zuwendungsfähig")
 * @param grantShare the rate's share of the eligible costs, capped by the approved grant and by
 *     what other public funding leaves
 * @param overpaid received minus grant share; negative for an under-payment
 * @param ownShareOfEligible the eligible costs less this grant as received and the other sources
 * @param ownShareOfEligiblePercent that in percent of the eligible costs
 */
public record GrantSettlement(
    LocalDate receivedFrom,
    LocalDate receivedUntil,
    BigDecimal received,
    BigDecimal fundingRate,
    BigDecimal eligibleCosts,
    BigDecimal grantShare,
    BigDecimal overpaid,
    BigDecimal ownShareOfEligible,
    BigDecimal ownShareOfEligiblePercent) {

  public GrantSettlement {
    Objects.requireNonNull(receivedUntil, "receivedUntil");
    Objects.requireNonNull(fundingRate, "fundingRate");
    received = Amounts.requireCents(received, "received");
    eligibleCosts = Amounts.requireCents(eligibleCosts, "eligibleCosts");
    grantShare = Amounts.requireCents(grantShare, "grantShare");
    overpaid = Amounts.requireCents(overpaid, "overpaid");
    ownShareOfEligible = Amounts.requireCents(ownShareOfEligible, "ownShareOfEligible");
    ownShareOfEligiblePercent =
        Amounts.requireCents(ownShareOfEligiblePercent, "ownShareOfEligiblePercent");
    Amounts.requireEqual(overpaid, received.subtract(grantShare), "The over-payment");
    Amounts.requireEqual(
        ownShareOfEligiblePercent,
        Amounts.percentOf(ownShareOfEligible, eligibleCosts),
        "The own share of the eligible costs");
  }

  /** The over- or under-payment as an amount without sign, as the proof prints it. */
  public BigDecimal difference() {
    return overpaid.abs();
  }

  /** What the received line covers, with its days. */
  public String receivedLabel(ReportTexts texts) {
    return receivedFrom == null
        ? texts.format("proof.settlement.received.upTo", texts.date(receivedUntil))
        : texts.format(
            "proof.settlement.received.period",
            texts.date(receivedFrom),
            texts.date(receivedUntil));
  }

  public String shareLabel(ReportTexts texts) {
    return texts.format("proof.settlement.share", texts.percent(fundingRate));
  }

  /** Over-payment, under-payment or neither, by the sign of the difference. */
  public String differenceLabel(ReportTexts texts) {
    return texts.get(
        switch (overpaid.signum()) {
          case 1 -> "proof.settlement.overpaid";
          case -1 -> "proof.settlement.underpaid";
          default -> "proof.settlement.balanced";
        });
  }
}
