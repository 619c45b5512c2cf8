package de.smartcity.portfolio.domain.model.budget;

import java.io.Serial;
import java.io.Serializable;

/**
 * A project of a grant as the receipts journal's filter and correction form offer it.
 *
 * @param id the project's id
 * @param code its code
 * @param title its title
 */
public record GrantProject(long id, String code, String title) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;
}
