package de.smartcity.portfolio.reports.testing;

import static de.smartcity.portfolio.reports.testing.ProofOfUseScenario.eur;

import de.smartcity.portfolio.reports.callforfunds.CallForFundsReport;
import de.smartcity.portfolio.reports.callforfunds.DuePayment;
import de.smartcity.portfolio.reports.callforfunds.FundsBalance;
import de.smartcity.portfolio.reports.callforfunds.OverduePayout;
import java.time.LocalDate;
import java.util.List;

/**
 * Calls for funds worked out by hand (invented demo figures).
 *
 * <pre>
 * Third call, window 01.04.2025 - 12.05.2025 (six weeks)
 *   03.04.2025  Ingenieurbüro    600.00   eligible 500.00
 *   15.04.2025  Stadtwerke       734.57   eligible 734.57
 *   12.05.2025  Druckerei         50.00   eligible   0.00
 *   total                      1,384.57   eligible 1,234.57
 * requested 65 % of 1,234.57 = 802.4705 -> 802.47
 * approved 14,885.00, called before 12,000.00, after 12,802.47, remaining 2,082.53
 *
 * First call: 65 % of 100.10 = 65.065 -> 65.07 (half up; half even would say 65.06)
 *
 * Third call with an overdue payout: 5,000.00 paid out on 03.02.2025, window (42 days) to
 * 17.03.2025, 1,234.56 of it still unspent on the day of the call, 15 days after the window
 * </pre>
 */
public final class CallForFundsScenario {

  private static final LocalDate START = LocalDate.of(2025, 4, 1);
  private static final LocalDate END = LocalDate.of(2025, 5, 12);

  private CallForFundsScenario() {}

  public static CallForFundsReport thirdCall() {
    return new CallForFundsReport(
        ProofOfUseScenario.ISSUER,
        START,
        "Dr. Erika Beispiel, Leiterin Smart City",
        ProofOfUseScenario.GRANT,
        3,
        START,
        END,
        List.of(
            payment(
                "2025-04-15",
                "Stadtwerke Bochum GmbH",
                "LoRaWAN-Gateways, 2. Rate",
                "RE-2025-0412",
                "734.57",
                "734.57"),
            payment(
                "2025-04-03",
                "Ingenieurbüro Sensorik",
                "Montage Klimamessnetz",
                "RE-2025-0388",
                "600.00",
                "500.00"),
            payment(
                "2025-05-12",
                "Druckerei Müller",
                "Plakate Beteiligungsplattform",
                "RE-2025-0455",
                "50.00",
                "0.00")),
        eur("1384.57"),
        eur("1234.57"),
        eur("65.00"),
        eur("802.47"),
        new FundsBalance(
            eur("14885.00"), eur("12000.00"), eur("802.47"), eur("12802.47"), eur("2082.53")));
  }

  public static CallForFundsReport firstCall() {
    return new CallForFundsReport(
        ProofOfUseScenario.ISSUER,
        START,
        null,
        ProofOfUseScenario.GRANT,
        1,
        START,
        END,
        List.of(
            payment("2025-04-10", "Stadtwerke Bochum GmbH", "Gateway", "RE-1", "100.10", "100.10")),
        eur("100.10"),
        eur("100.10"),
        eur("65.00"),
        eur("65.07"),
        new FundsBalance(eur("1000.00"), eur("0.00"), eur("65.07"), eur("65.07"), eur("934.93")));
  }

  /**
   * The third call asking for 1,000.00 where the payments due justify 802.47: 197.53 too much,
   * called after 13,000.00, remaining 1,885.00.
   */
  public static CallForFundsReport thirdCallAskingTooMuch() {
    CallForFundsReport third = thirdCall();
    return new CallForFundsReport(
        third.issuer(),
        third.requestedOn(),
        third.signatory(),
        third.grant(),
        third.callNumber(),
        third.windowStart(),
        third.windowEnd(),
        third.payments(),
        third.paymentsTotal(),
        third.eligibleTotal(),
        third.fundingRatePercent(),
        third.justified(),
        new FundsBalance(
            eur("14885.00"), eur("12000.00"), eur("1000.00"), eur("13000.00"), eur("1885.00")));
  }

  /** The third call, made while an earlier payout sits unspent past its window. */
  public static CallForFundsReport thirdCallWithAnOverduePayout() {
    CallForFundsReport third = thirdCall();
    return new CallForFundsReport(
        third.issuer(),
        third.requestedOn(),
        third.signatory(),
        third.grant(),
        third.callNumber(),
        third.windowStart(),
        third.windowEnd(),
        third.payments(),
        third.paymentsTotal(),
        third.eligibleTotal(),
        third.fundingRatePercent(),
        third.justified(),
        third.balance(),
        List.of(
            new OverduePayout(
                LocalDate.of(2025, 2, 3),
                eur("5000.00"),
                LocalDate.of(2025, 3, 17),
                eur("1234.56"),
                15)));
  }

  private static DuePayment payment(
      String due, String payee, String purpose, String reference, String amount, String eligible) {
    return new DuePayment(
        LocalDate.parse(due), payee, purpose, reference, eur(amount), eur(eligible));
  }
}
