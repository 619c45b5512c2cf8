package de.smartcity.portfolio.it;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of the container test classes (see {@code ear/pom.xml}): random, so that no class
 * relies on another having run before it, except that {@link DemoDataBaselineIT} comes first and
 * {@link DemoDataUntouchedIT} last, which compare the demo data's checksum before and after all the
 * others. The seed is printed; {@code -Djunit.jupiter.execution.order.random.seed=<seed>} replays
 * an order (see docs/testing.md).
 */
public class SuiteOrder implements ClassOrderer {

  static final String SEED = "junit.jupiter.execution.order.random.seed";

  @Override
  public void orderClasses(ClassOrdererContext context) {
    long seed =
        context
            .getConfigurationParameter(SEED)
            .map(Long::parseLong)
            .orElseGet(() -> ThreadLocalRandom.current().nextLong());
    List<? extends ClassDescriptor> classes = context.getClassDescriptors();
    Collections.shuffle(classes, new java.util.Random(seed));
    // A stable sort: the random order stays between the first and the last class.
    classes.sort(Comparator.comparingInt(SuiteOrder::place));
    if (classes.size() > 1) {
      System.out.printf(
          "Container test classes in random order, seed %d (replay: -D%s=%d):%n  %s%n",
          seed,
          SEED,
          seed,
          classes.stream()
              .map(descriptor -> descriptor.getTestClass().getSimpleName())
              .collect(Collectors.joining(" ")));
    }
  }

  private static int place(ClassDescriptor descriptor) {
    Class<?> type = descriptor.getTestClass();
    if (type == DemoDataBaselineIT.class) {
      return -1;
    }
    return type == DemoDataUntouchedIT.class ? 1 : 0;
  }
}
