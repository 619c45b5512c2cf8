package de.smartcity.portfolio.domain.model.user;

/**
 * Makes and checks the salted, slow hash a user account keeps instead of its password. The services
 * ask for this; the algorithm and its settings are the infrastructure's ({@code PasswordHashing}).
 */
public interface PasswordHashes {

  String hash(String password);

  boolean matches(String password, String storedHash);
}
