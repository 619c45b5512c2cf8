package de.smartcity.portfolio.application.internal;

import de.smartcity.portfolio.domain.model.funding.FundingRepository;
import de.smartcity.portfolio.domain.model.funding.Grant;
import de.smartcity.portfolio.domain.model.funding.GrantFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Reads what {@link GrantFigures} computes from: the database's sums and the grant's calls. */
@ApplicationScoped
class GrantFiguresSource {

  @Inject private FundingRepository funding;
  @Inject private Clock clock;

  GrantFigures figuresOf(Grant grant) {
    List<GrantFigures.Call> calls =
        funding.findCalls(grant.getId()).stream()
            .map(
                call ->
                    new GrantFigures.Call(
                        call.getCallDate(),
                        call.getRequested(),
                        call.getReceived(),
                        call.getReceivedOn().orElse(null),
                        call.spendBy().orElse(null),
                        call.isConfirmed()))
            .toList();
    return new GrantFigures(
        grant,
        funding.sumOfReceipts(grant.getId()),
        funding.eligibleByPaymentDate(grant.getId()),
        calls,
        LocalDate.now(clock));
  }
}
