package de.smartcity.portfolio.interfaces.security.web;

import de.smartcity.portfolio.domain.model.user.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in with the application's own form: a request for any protected page leads to the sign-in
 * page and, once signed in, back to the page asked for. Users and passwords are checked by the
 * identity store in the EJB module.
 */
@ApplicationScoped
@DeclareRoles({Role.PROJECT_MANAGER_NAME, Role.FINANCE_NAME, Role.COUNCIL_NAME, Role.ADMIN_NAME})
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class SecurityConfiguration {}
