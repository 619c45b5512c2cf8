package de.smartcity.portfolio.interfaces.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordElResolverTest {

  record Milestone(String title, int week) {}

  static final class Bean {
    public String getTitle() {
      return "not a record";
    }
  }

  private final RecordElResolver resolver = new RecordElResolver();
  private final ELContext context = new BareContext(resolver);

  @Test
  void shouldReadARecordComponentAsAProperty() {
    assertThat(resolver.getValue(context, new Milestone("Abnahme", 12), "week")).isEqualTo(12);
    assertThat(context.isPropertyResolved()).isTrue();
  }

  @Test
  void shouldLeaveUnknownComponentsAndOtherObjectsToTheNextResolver() {
    assertThat(resolver.getValue(context, new Milestone("Abnahme", 12), "owner")).isNull();
    assertThat(resolver.getValue(context, new Bean(), "title")).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void shouldTreatEveryComponentAsReadOnly() {
    Milestone milestone = new Milestone("Abnahme", 12);

    assertThat(resolver.isReadOnly(context, milestone, "title")).isTrue();
    assertThatThrownBy(() -> resolver.setValue(context, milestone, "title", "Start"))
        .isInstanceOf(PropertyNotWritableException.class);
  }

  private static final class BareContext extends ELContext {
    private final ELResolver resolver;

    BareContext(ELResolver resolver) {
      this.resolver = resolver;
    }

    @Override
    public ELResolver getELResolver() {
      return resolver;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
