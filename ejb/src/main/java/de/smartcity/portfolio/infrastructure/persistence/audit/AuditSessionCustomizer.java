package de.smartcity.portfolio.infrastructure.persistence.audit;

import de.smartcity.portfolio.domain.model.budget.Receipt;
import de.smartcity.portfolio.domain.model.user.UserAccount;
import de.smartcity.portfolio.domain.shared.AbstractEntity;
import de.smartcity.portfolio.infrastructure.persistence.changes.ChangeListener;
import de.smartcity.portfolio.infrastructure.persistence.jpa.DeferredWrites;
import de.smartcity.portfolio.infrastructure.persistence.jpa.ReceiptTotalsListener;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Puts the audit listener on every stored record when the persistence unit starts, so no entity and
 * no service can forget to be audited (registered in persistence.xml), and the change listener,
 * which tells kept figures that they are out of date; and on receipts the listener that keeps their
 * running totals.
 */
public class AuditSessionCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    // the audit lines and the receipt totals are written in batches after the records
    session.getEventManager().addListener(new DeferredWrites.Hook());
    AuditListener listener = new AuditListener();
    ChangeListener changes = new ChangeListener();
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      if (AbstractEntity.class.isAssignableFrom(descriptor.getJavaClass())) {
        descriptor.getEventManager().addListener(listener);
        if (!UserAccount.class.isAssignableFrom(descriptor.getJavaClass())) {
          // a sign-in changes its account, but no figure
          descriptor.getEventManager().addListener(changes);
        }
        if (Receipt.class.equals(descriptor.getJavaClass())) {
          descriptor.getEventManager().addListener(new ReceiptTotalsListener());
        }
      }
    }
  }
}
