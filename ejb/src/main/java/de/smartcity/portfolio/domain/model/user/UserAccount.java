package de.smartcity.portfolio.domain.model.user;

import de.smartcity.portfolio.domain.model.organisation.Organisation;
import de.smartcity.portfolio.domain.model.organisation.Person;
import de.smartcity.portfolio.domain.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Someone who signs in. The password is kept only as a salted slow hash made by the server's
 * password hash; repeated failed sign-ins lock the account for a while. The access stamp moves with
 * every change that takes access away or replaces the password, which ends the user's open
 * sessions.
 */
@Entity
@Table(name = "app_user")
public class UserAccount extends AbstractEntity {

  @NotBlank
  @Size(max = 60)
  @Pattern(regexp = "[a-z0-9._-]+", message = "{user.username.pattern}")
  @Column(nullable = false, unique = true, length = 60, updatable = false)
  private String username;

  @NotBlank
  @Size(max = 120)
  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Column(name = "password_hash", nullable = false, length = 500)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  /** The language the user chose; without a choice, pages follow the browser's language. */
  @Column(name = "preferred_language", length = 5)
  private String preferredLanguage;

  /**
   * Moves when the account is disabled, loses a role or gets a new password; a session signed in
   * under an older stamp is over. Locking after failed sign-ins leaves it alone, so that nobody can
   * end someone else's sessions by guessing passwords.
   */
  @Column(name = "access_stamp", nullable = false)
  private long accessStamp;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 30)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected UserAccount() {}

  public UserAccount(String username, String displayName, String passwordHash) {
    this.username = normalise(username);
    this.displayName = displayName;
    this.passwordHash = passwordHash;
  }

  /** Usernames are compared without regard to case or surrounding blanks. */
  public static String normalise(String username) {
    return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
  }

  public void describe(String newDisplayName, Person newPerson, Organisation newOrganisation) {
    this.displayName = newDisplayName;
    this.person = newPerson;
    this.organisation = newOrganisation;
  }

  public void grant(Collection<Role> newRoles) {
    if (!newRoles.containsAll(roles)) {
      accessChanged();
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  /** Sets a password chosen by somebody else, which its owner must replace at the next sign-in. */
  public void resetPassword(String newHash) {
    this.passwordHash = newHash;
    this.mustChangePassword = true;
    accessChanged();
    unlock();
  }

  /** Sets a password the owner chose. */
  public void changePassword(String newHash) {
    this.passwordHash = newHash;
    this.mustChangePassword = false;
    accessChanged();
  }

  public void disable() {
    if (enabled) {
      accessChanged();
    }
    this.enabled = false;
  }

  private void accessChanged() {
    accessStamp++;
  }

  public void enable() {
    this.enabled = true;
    unlock();
  }

  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a failed sign-in; the one that reaches the limit locks the account for the given time.
   *
   * @return whether this failure locked the account
   */
  public boolean failSignIn(Instant now, int limit, Duration lockFor) {
    failedSignIns++;
    if (failedSignIns >= limit) {
      lockedUntil = now.plus(lockFor);
      failedSignIns = 0;
      return true;
    }
    return false;
  }

  public void signedIn() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  public void unlock() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  public void preferLanguage(String language) {
    this.preferredLanguage = language;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public Optional<Person> getPerson() {
    return Optional.ofNullable(person);
  }

  public Optional<Organisation> getOrganisation() {
    return Optional.ofNullable(organisation);
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public int getFailedSignIns() {
    return failedSignIns;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Optional<String> getPreferredLanguage() {
    return Optional.ofNullable(preferredLanguage);
  }

  public long getAccessStamp() {
    return accessStamp;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  @Override
  public String auditLabel() {
    return username;
  }

  @Override
  public Long auditProjectId() {
    return null;
  }
}
