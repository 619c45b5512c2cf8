package de.smartcity.portfolio.interfaces.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lets pages read a record's components as properties ({@code #{project.code}}), as Expression
 * Language 6 does out of the box; the server's Expression Language 5 knows only getters. Records
 * are immutable, so every component is read-only.
 */
public class RecordElResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return component(base, property)
        .map(
            component -> {
              context.setPropertyResolved(base, property);
              try {
                return component.getAccessor().invoke(base);
              } catch (IllegalAccessException | InvocationTargetException e) {
                throw new ELException("Cannot read " + property + " of " + base.getClass(), e);
              }
            })
        .orElse(null);
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    component.ifPresent(found -> context.setPropertyResolved(base, property));
    // A null type tells callers that the property is read-only.
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property).isPresent()) {
      throw new PropertyNotWritableException(property + " of a record cannot be changed");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property).isPresent()) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  /**
   * Each record class's components by name, found once: {@code getRecordComponents()} builds new
   * reflection objects on every call, and a page of the portfolio reads 250 components.
   */
  private static final ClassValue<Map<String, RecordComponent>> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
          return Arrays.stream(type.getRecordComponents())
              .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, c -> c));
        }
      };

  private static Optional<RecordComponent> component(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return Optional.empty();
    }
    return Optional.ofNullable(COMPONENTS.get(base.getClass()).get(property.toString()));
  }
}
