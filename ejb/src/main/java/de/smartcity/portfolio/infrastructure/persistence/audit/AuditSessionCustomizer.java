package de.smartcity.portfolio.infrastructure.persistence.audit;

import de.smartcity.portfolio.domain.shared.AbstractEntity;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * Puts the audit listener on every stored record when the persistence unit starts, so no entity and
 * no service can forget to be audited (registered in persistence.xml).
 */
public class AuditSessionCustomizer implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    AuditListener listener = new AuditListener();
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      if (AbstractEntity.class.isAssignableFrom(descriptor.getJavaClass())) {
        descriptor.getEventManager().addListener(listener);
      }
    }
  }
}
