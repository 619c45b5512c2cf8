package de.smartcity.portfolio.domain.model.user;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.data.EnglishSequenceData;
import org.passay.data.GermanSequenceData;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.passay.rule.DictionaryRule;
import org.passay.rule.IllegalRegexRule;
import org.passay.rule.IllegalSequenceRule;
import org.passay.rule.RepeatCharactersRule;

/**
 * What a password must be besides long enough (12 to 200 characters, checked where it is set): not
 * one of the 30,000 most common passwords, no run of five equal characters, no five characters in a
 * row of the alphabet, the digits or a German or US keyboard, and not one short piece repeated. The
 * rules are Passay's; the common passwords are the list zxcvbn4j ships (zxcvbn's frequency list,
 * drawn from published password leaks). A common password is refused as a whole, whatever its case,
 * as NIST SP 800-63B asks; a longer phrase that merely contains one is accepted.
 */
public final class PasswordRule {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 200;

  /** Five in a row: long enough that ordinary words and dates ("2026") never trip it. */
  private static final int RUN = 5;

  private static final PasswordValidator RULES =
      new DefaultPasswordValidator(
          new DictionaryRule(new WordListDictionary(commonPasswords())),
          new RepeatCharactersRule(RUN),
          new IllegalSequenceRule(GermanSequenceData.Alphabetical, RUN, false),
          new IllegalSequenceRule(EnglishSequenceData.Numerical, RUN, false),
          new IllegalSequenceRule(EnglishSequenceData.USQwerty, RUN, false),
          new IllegalSequenceRule(GermanSequenceData.DEQwertz, RUN, false),
          // "abababababab", "123123123123": the whole password is one short piece again and again.
          new IllegalRegexRule("^(.{1,6})\\1+$"));

  private PasswordRule() {}

  /**
   * The message keys of the rules a password breaks, in the order of the rules; empty when it is
   * acceptable. Length is not checked here.
   */
  public static Set<String> breaches(String password) {
    Set<String> keys = new LinkedHashSet<>();
    for (RuleResultDetail detail : RULES.validate(new PasswordData(password)).getDetails()) {
      keys.add(messageKey(detail.getErrorCode()));
    }
    return keys;
  }

  /** Whether a password is long enough and breaks no rule. */
  public static boolean accepts(String password) {
    return password != null
        && password.length() >= MIN_LENGTH
        && password.length() <= MAX_LENGTH
        && breaches(password).isEmpty();
  }

  private static String messageKey(String errorCode) {
    if (errorCode.startsWith(DictionaryRule.ERROR_CODE)) {
      return "user.password.common";
    }
    if (errorCode.endsWith("_SEQUENCE")) {
      return "user.password.sequence";
    }
    return "user.password.repeated";
  }

  private static ArrayWordList commonPasswords() {
    try {
      List<String> words = StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies();
      return new ArrayWordList(words.toArray(String[]::new), false, new ArraysSort());
    } catch (IOException e) {
      throw new UncheckedIOException("The list of common passwords cannot be read", e);
    }
  }
}
