package de.smartcity.portfolio.infrastructure.startup;

import de.smartcity.portfolio.application.internal.KeptCallDocuments;
import de.smartcity.portfolio.infrastructure.persistence.audit.AuditUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * At every start, after the schema and the demo data, keeps the document of each call for funds
 * that has none yet, in German (the funder's language). The calls' change commits while the job
 * runs, so the audit trail names the job.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoDataLoader"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallDocumentsAtStart {

  private static final Logger LOG = Logger.getLogger(CallDocumentsAtStart.class.getName());

  @Inject private KeptCallDocuments documents;

  @PostConstruct
  void keepMissing() {
    int kept = AuditUser.runAs("call-documents", () -> documents.keepMissing(Locale.GERMAN));
    if (kept > 0) {
      LOG.info(() -> "Kept the documents of %d calls for funds that had none".formatted(kept));
    }
  }
}
