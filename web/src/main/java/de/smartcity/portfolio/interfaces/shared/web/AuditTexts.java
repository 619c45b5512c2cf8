package de.smartcity.portfolio.interfaces.shared.web;

import de.smartcity.portfolio.application.AuditLine;
import de.smartcity.portfolio.application.MasterDataService;
import de.smartcity.portfolio.domain.model.budget.CostCategory;
import de.smartcity.portfolio.domain.model.budget.CostPlanLine;
import de.smartcity.portfolio.domain.model.project.Health;
import de.smartcity.portfolio.domain.model.project.KpiMeasurement;
import de.smartcity.portfolio.domain.model.project.ProjectStatus;
import de.smartcity.portfolio.domain.model.user.Role;
import de.smartcity.portfolio.domain.shared.AbstractEntity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The audit trail in words, as the pages write the same values: the history keeps what the database
 * held ({@code GREEN}, {@code 2026-12-02}, {@code 900.00}, {@code 2030 SACH}); this bean writes it
 * as the reader's pages do ("Grün", "02.12.2026", "900,00 €", "Sachkosten 2030"), with the shared
 * formats ({@link Formats}) and the pages' labels.
 *
 * <p>What a value is comes from the field it was written from: the audited record's class (named by
 * the line's record type) declares the field, and its Java type says date, amount, health, status,
 * cost category or yes/no. A record or field this bean does not know keeps its stored text, so a
 * new entity's history reads as before until its types are known here, never wrongly.
 */
@Named("auditText")
@RequestScoped
public class AuditTexts {

  /** Where the audited records live: the domain's aggregates, one package each. */
  private static final String DOMAIN = "de.smartcity.portfolio.domain.model.";

  private static final List<String> AGGREGATES =
      List.of(
          "project",
          "milestone",
          "statusreport",
          "budget",
          "funding",
          "organisation",
          "theme",
          "user",
          "proofofuse");

  /** Amounts that are rates, not euros. */
  private static final Set<String> PERCENTAGES = Set.of("fundingRate");

  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

  /** A record type's declared field types, looked up once per server. */
  private static final Map<String, Optional<Class<?>>> TYPES = new ConcurrentHashMap<>();

  @Inject private Formats fmt;
  @Inject private MasterDataService masterData;

  private Map<String, String> categoryNames;

  /** The value before or after a change, as the pages write it. */
  public String value(AuditLine line, String stored) {
    if (stored == null || stored.isEmpty() || line.field() == null) {
      return stored;
    }
    return typeOf(line.recordType(), line.field())
        .map(type -> render(type, line.field(), stored))
        .orElse(stored);
  }

  /**
   * The record a line speaks of: a plan line by its category's name and year, dates in the reader's
   * language.
   */
  public String record(AuditLine line) {
    String label = line.recordLabel();
    if (label == null) {
      return "";
    }
    if (CostPlanLine.class.getSimpleName().equals(line.recordType())) {
      String[] yearAndCategory = label.split(" ", 2);
      if (yearAndCategory.length == 2 && yearAndCategory[0].matches("\\d{4}")) {
        return categoryName(yearAndCategory[1]) + " " + yearAndCategory[0];
      }
    }
    if (KpiMeasurement.class.getSimpleName().equals(line.recordType())) {
      label = kpiValue(label);
    }
    Matcher dates = ISO_DATE.matcher(label);
    StringBuilder written = new StringBuilder();
    while (dates.find()) {
      dates.appendReplacement(written, Matcher.quoteReplacement(date(dates.group(1))));
    }
    dates.appendTail(written);
    return written.toString();
  }

  /** A measurement's label ends in its value as stored ("…: 1234.5"): written as pages write it. */
  private String kpiValue(String label) {
    Matcher value = KPI_VALUE.matcher(label);
    return value.find()
        ? label.substring(0, value.start(1)) + fmt.number(new BigDecimal(value.group(1)))
        : label;
  }

  private static final Pattern KPI_VALUE = Pattern.compile(": (-?\\d+(?:\\.\\d+)?)$");

  private String render(Class<?> type, String field, String stored) {
    if (type == Health.class) {
      return label("project.health." + stored, stored);
    }
    if (type == ProjectStatus.class) {
      return label("project.status." + stored, stored);
    }
    if (type == LocalDate.class) {
      return date(stored);
    }
    if (type == BigDecimal.class) {
      return amount(field, stored);
    }
    if (type == Instant.class) {
      try {
        return fmt.time(Instant.parse(stored));
      } catch (DateTimeParseException e) {
        return stored;
      }
    }
    if (type == boolean.class || type == Boolean.class) {
      return label("history.value." + stored, stored);
    }
    if (type == CostCategory.class) {
      return categoryName(stored);
    }
    if ("roles".equals(field)) {
      return Arrays.stream(stored.split(", "))
          .map(role -> isRole(role) ? label("role." + role, role) : role)
          .collect(Collectors.joining(", "));
    }
    return stored;
  }

  private String date(String stored) {
    try {
      return fmt.date(LocalDate.parse(stored));
    } catch (DateTimeParseException e) {
      return stored;
    }
  }

  private String amount(String field, String stored) {
    try {
      BigDecimal amount = new BigDecimal(stored);
      return PERCENTAGES.contains(field) ? fmt.percent(amount) : fmt.money(amount);
    } catch (NumberFormatException e) {
      return stored;
    }
  }

  private String categoryName(String code) {
    if (categoryNames == null) {
      categoryNames =
          masterData.costCategories().stream()
              .collect(
                  Collectors.toMap(
                      CostCategory::getCode, CostCategory::getName, (first, second) -> first));
    }
    return categoryNames.getOrDefault(code, code);
  }

  private static boolean isRole(String name) {
    return Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name));
  }

  private static String label(String key, String fallback) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    return bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }

  /** The Java type of a record's field, from the record's class; empty when either is unknown. */
  static Optional<Class<?>> typeOf(String recordType, String field) {
    return TYPES.computeIfAbsent(recordType + "." + field, key -> lookUp(recordType, field));
  }

  private static Optional<Class<?>> lookUp(String recordType, String field) {
    for (String aggregate : AGGREGATES) {
      try {
        Class<?> record =
            Class.forName(
                DOMAIN + aggregate + "." + recordType,
                false,
                AbstractEntity.class.getClassLoader());
        if (!AbstractEntity.class.isAssignableFrom(record)) {
          return Optional.empty();
        }
        for (Class<?> type = record; type != null; type = type.getSuperclass()) {
          Optional<Field> declared =
              Arrays.stream(type.getDeclaredFields())
                  .filter(f -> f.getName().equals(field))
                  .findFirst();
          if (declared.isPresent()) {
            return Optional.of(declared.get().getType());
          }
        }
        return Optional.empty();
      } catch (ClassNotFoundException e) {
        // not in this aggregate's package; try the next
      }
    }
    return Optional.empty();
  }
}
