package de.smartcity.portfolio.interfaces.shared.web;

import de.smartcity.portfolio.domain.shared.BusinessRuleViolation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Turns a refused request into a message in the user's language, next to the field it concerns
 * where the form has one; never shows an exception's own text.
 */
@RequestScoped
public class Messages {

  private static final String RULES = "de.smartcity.portfolio.i18n.rules";

  @Inject private FacesContext facesContext;
  @Inject private jakarta.validation.ValidatorFactory validatorFactory;

  /** How a save ended. */
  public enum Outcome {
    SAVED,
    REFUSED,
    /** Someone else saved the record first: the page offers to reload it. */
    CONFLICT;

    public boolean saved() {
      return this == SAVED;
    }
  }

  /**
   * Runs a change through a service and turns a refusal (a business rule, invalid input, a lost
   * race with another user, a missing right) into messages; the page keeps what the user typed. A
   * refused change marks the request as failed, so PrimeFaces' {@code args.validationFailed} tells
   * the page's script that nothing was saved.
   */
  public Outcome attempt(Runnable change) {
    try {
      change.run();
      return Outcome.SAVED;
    } catch (BusinessRuleViolation refused) {
      show(refused);
      facesContext.validationFailed();
      return "record.modified.concurrently".equals(refused.getMessageKey())
          ? Outcome.CONFLICT
          : Outcome.REFUSED;
    } catch (jakarta.ejb.EJBAccessException refused) {
      error("forbidden.text");
      facesContext.validationFailed();
      return Outcome.REFUSED;
    } catch (jakarta.ejb.EJBException failure) {
      if (!showViolations(failure)) {
        throw failure;
      }
      facesContext.validationFailed();
      return Outcome.REFUSED;
    }
  }

  /**
   * Like {@link #attempt(Runnable)}, for a change that answers with what it saved or made (a
   * record, a file): that answer, or nothing when the change was refused and the messages say why.
   */
  public <T> Optional<T> attemptReturning(Supplier<T> change) {
    AtomicReference<T> answer = new AtomicReference<>();
    return attempt(() -> answer.set(change.get())).saved()
        ? Optional.ofNullable(answer.get())
        : Optional.empty();
  }

  public void show(BusinessRuleViolation violation) {
    String text = describe(violation.getMessageKey(), violation.getArguments());
    String clientId = violation.getField() == null ? null : findClientId(violation.getField());
    facesContext.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /**
   * Shows the input a service refused through Bean Validation, each next to its field where the
   * form has one; returns whether the failure was of that kind.
   */
  public boolean showViolations(RuntimeException failure) {
    Throwable cause = failure;
    while (cause != null && !(cause instanceof jakarta.validation.ConstraintViolationException)) {
      cause = cause.getCause();
    }
    if (cause == null) {
      return false;
    }
    for (var violation :
        ((jakarta.validation.ConstraintViolationException) cause).getConstraintViolations()) {
      String path = violation.getPropertyPath().toString();
      String field = path.substring(path.lastIndexOf('.') + 1);
      facesContext.addMessage(
          findClientId(field),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, inUsersLanguage(violation), null));
    }
    return true;
  }

  /** The violation's message again, in the language of the page rather than of the server. */
  private String inUsersLanguage(jakarta.validation.ConstraintViolation<?> violation) {
    jakarta.validation.MessageInterpolator.Context context =
        new jakarta.validation.MessageInterpolator.Context() {
          @Override
          public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
          }

          @Override
          public Object getValidatedValue() {
            return violation.getInvalidValue();
          }

          @Override
          public <T> T unwrap(Class<T> type) {
            throw new jakarta.validation.ValidationException("not supported");
          }
        };
    return validatorFactory
        .getMessageInterpolator()
        .interpolate(
            violation.getMessageTemplate(), context, facesContext.getViewRoot().getLocale());
  }

  /**
   * The text of a business rule's message in the page's language, for a page that lists refusals
   * (such as an import's lines in error) rather than showing one next to a field.
   */
  public String describe(String messageKey, List<?> arguments) {
    ResourceBundle rules = ResourceBundle.getBundle(RULES, facesContext.getViewRoot().getLocale());
    try {
      return new MessageFormat(rules.getString(messageKey), rules.getLocale())
          .format(
              arguments.stream()
                  .map(
                      argument ->
                          Formats.forMessage(argument, facesContext.getViewRoot().getLocale()))
                  .toArray());
    } catch (MissingResourceException e) {
      return rules.getString("record.not.found");
    }
  }

  /** A confirmation from the page's own bundle ({@code msg}). */
  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  /** An error from the page's own bundle ({@code msg}), for the whole form. */
  public void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  /** An error from the page's own bundle ({@code msg}), next to the field with the given id. */
  public void errorAt(String field, String key, Object... arguments) {
    ResourceBundle bundle = facesContext.getApplication().getResourceBundle(facesContext, "msg");
    String text = new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    facesContext.addMessage(
        findClientId(field), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private void add(FacesMessage.Severity severity, String key, Object... arguments) {
    ResourceBundle bundle = facesContext.getApplication().getResourceBundle(facesContext, "msg");
    String text = new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    facesContext.addMessage(null, new FacesMessage(severity, text, null));
  }

  private String findClientId(String field) {
    var found = new String[1];
    facesContext
        .getViewRoot()
        .visitTree(
            jakarta.faces.component.visit.VisitContext.createVisitContext(facesContext),
            (context, component) -> {
              if (field.equals(component.getId())) {
                found[0] = component.getClientId(facesContext);
                return jakarta.faces.component.visit.VisitResult.COMPLETE;
              }
              return jakarta.faces.component.visit.VisitResult.ACCEPT;
            });
    return found[0];
  }
}
