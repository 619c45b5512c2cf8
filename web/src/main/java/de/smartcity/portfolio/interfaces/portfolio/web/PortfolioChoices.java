package de.smartcity.portfolio.interfaces.portfolio.web;

import de.smartcity.portfolio.application.KeptUntilChange;
import de.smartcity.portfolio.application.MasterDataService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;

/**
 * What the portfolio's filters offer: themes, fields of action, organisations and people, the same
 * for every reader and kept until master data change (like the dashboard's figures, for at most
 * {@code smartcity.dashboard.cache.seconds}). Every visit to the portfolio used to read the four
 * lists from the database, about a tenth of the page's time under load.
 */
@ApplicationScoped
public class PortfolioChoices {

  /** A field of action's option, with the theme it belongs to. */
  public record FieldChoice(String theme, SelectItem item) implements Serializable {}

  /**
   * Every filter's options, in the order the master data give them. The items are shared by every
   * page that shows them and must not be changed.
   */
  public record Choices(
      List<SelectItem> themes,
      List<FieldChoice> fields,
      List<SelectItem> organisations,
      List<SelectItem> people)
      implements Serializable {}

  private static final Boolean ALWAYS = Boolean.TRUE;

  @Inject private MasterDataService masterData;
  @Inject private KeptUntilChange<Boolean, Choices> kept;

  public Choices choices() {
    return kept.get(ALWAYS, this::read);
  }

  private Choices read() {
    return new Choices(
        masterData.themes().stream().map(t -> new SelectItem(t.getCode(), t.getName())).toList(),
        masterData.fieldsOfAction().stream()
            .map(
                f ->
                    new FieldChoice(
                        f.getTheme().getCode(), new SelectItem(f.getCode(), f.getName())))
            .toList(),
        masterData.organisations().stream()
            .map(o -> new SelectItem(o.getShortName(), o.getName()))
            .toList(),
        masterData.people().stream().map(p -> new SelectItem(p.getId(), p.getName())).toList());
  }
}
