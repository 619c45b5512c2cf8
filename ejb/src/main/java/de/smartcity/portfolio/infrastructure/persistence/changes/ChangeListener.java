package de.smartcity.portfolio.infrastructure.persistence.changes;

import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;

/** Counts every record EclipseLink writes or deletes in {@link CommittedChanges}. */
public class ChangeListener extends DescriptorEventAdapter {

  @Override
  public void postWrite(DescriptorEvent event) {
    CommittedChanges.noteWrite();
  }

  @Override
  public void postDelete(DescriptorEvent event) {
    CommittedChanges.noteWrite();
  }
}
