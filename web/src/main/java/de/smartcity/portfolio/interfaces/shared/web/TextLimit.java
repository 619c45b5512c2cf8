package de.smartcity.portfolio.interfaces.shared.web;

import jakarta.el.ExpressionFactory;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;
import jakarta.persistence.Column;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code <sc:limit of="statusreport.StatusReport.progress"/>} inside a text field: the field takes
 * as many characters as the record's field may hold (its {@code @Size(max)}, else its column's
 * length), shows how many are left while the user types (app.js, {@code data-limit}), and refuses a
 * longer text with a message next to it ({@link TextLimitValidator}) instead of cutting it: the
 * field has no {@code maxlength}, which makes browsers drop the end of a pasted text unseen.
 *
 * <p>{@code of} names the domain class below {@code de.smartcity.portfolio.domain.model} and its
 * field, so the limit is stated once, at the entity.
 */
public class TextLimit extends TagHandler {

  private static final String DOMAIN = "de.smartcity.portfolio.domain.model.";

  private static final Map<String, Integer> LIMITS = new ConcurrentHashMap<>();

  private final TagAttribute of;

  public TextLimit(TagConfig config) {
    super(config);
    this.of = getRequiredAttribute("of");
  }

  @Override
  public void apply(FaceletContext context, UIComponent parent) {
    if (!(parent instanceof EditableValueHolder input) || !ComponentHandler.isNew(parent)) {
      return;
    }
    int max = of(of.getValue(context));
    input.addValidator(new TextLimitValidator(max));
    Map<String, Object> html = parent.getPassThroughAttributes();
    html.put("data-limit", String.valueOf(max));
    ExpressionFactory expressions = context.getExpressionFactory();
    html.put(
        "data-limit-left",
        expressions.createValueExpression(context, "#{msg['form.text.left']}", String.class));
    html.put(
        "data-limit-over",
        expressions.createValueExpression(context, "#{msg['form.text.over']}", String.class));
  }

  /** The most characters a domain field holds, e.g. {@code statusreport.StatusReport.progress}. */
  static int of(String classAndField) {
    return LIMITS.computeIfAbsent(classAndField, TextLimit::lookUp);
  }

  private static int lookUp(String classAndField) {
    int dot = classAndField.lastIndexOf('.');
    String className = DOMAIN + classAndField.substring(0, dot);
    String fieldName = classAndField.substring(dot + 1);
    try {
      Field field =
          declared(Class.forName(className, false, TextLimit.class.getClassLoader()), fieldName);
      Size size = field.getAnnotation(Size.class);
      if (size != null && size.max() < Integer.MAX_VALUE) {
        return size.max();
      }
      Column column = field.getAnnotation(Column.class);
      if (column != null) {
        return column.length();
      }
      throw new IllegalArgumentException(classAndField + " states no length");
    } catch (ClassNotFoundException | NoSuchFieldException e) {
      throw new IllegalArgumentException("No domain field " + classAndField, e);
    }
  }

  /** The field as the class or one of its superclasses (such as coded master data) declares it. */
  private static Field declared(Class<?> type, String fieldName) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(fieldName);
      } catch (NoSuchFieldException e) {
        // declared further up, if anywhere
      }
    }
    throw new NoSuchFieldException(type.getName() + "." + fieldName);
  }
}
