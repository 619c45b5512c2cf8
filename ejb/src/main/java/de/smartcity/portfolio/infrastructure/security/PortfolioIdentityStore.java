package de.smartcity.portfolio.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Checks sign-ins against the users in the application's database. */
@ApplicationScoped
public class PortfolioIdentityStore implements IdentityStore {

  @Inject private SignInService signIns;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return signIns
        .signIn(credential.getCaller(), credential.getPasswordAsString())
        .map(outcome -> new CredentialValidationResult(outcome.username(), outcome.roles()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
