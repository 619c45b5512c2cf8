package de.smartcity.portfolio.application;

import java.io.Serial;
import java.io.Serializable;

/**
 * A receipt as a user saw it: its id and the version it had then, so that a change made on an older
 * state is refused.
 *
 * @param id the receipt's id
 * @param version the version seen
 */
public record ReceiptVersion(long id, long version) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;
}
