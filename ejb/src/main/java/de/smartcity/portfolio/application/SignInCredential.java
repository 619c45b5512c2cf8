package de.smartcity.portfolio.application;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * A username and password together with the address they came from, for the sign-in throttle: what
 * the sign-in page hands to the identity store.
 */
public class SignInCredential extends UsernamePasswordCredential {

  private final String clientAddress;

  public SignInCredential(String clientAddress, String username, String password) {
    super(username, new Password(password));
    this.clientAddress = clientAddress;
  }

  public String getClientAddress() {
    return clientAddress;
  }
}
