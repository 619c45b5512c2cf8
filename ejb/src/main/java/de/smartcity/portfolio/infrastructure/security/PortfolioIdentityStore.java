package de.smartcity.portfolio.infrastructure.security;

import de.smartcity.portfolio.application.SignInCredential;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks sign-ins against the users in the application's database. Only a {@link SignInCredential}
 * is checked: a sign-in must say where it comes from, so that the throttle can count it.
 */
@ApplicationScoped
public class PortfolioIdentityStore implements IdentityStore {

  @Inject private SignInService signIns;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof SignInCredential signIn)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return signIns
        .signIn(signIn.getClientAddress(), signIn.getCaller(), signIn.getPasswordAsString())
        .map(outcome -> new CredentialValidationResult(outcome.username(), outcome.roles()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
