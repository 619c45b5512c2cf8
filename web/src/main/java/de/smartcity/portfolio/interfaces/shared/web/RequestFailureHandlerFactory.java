package de.smartcity.portfolio.interfaces.shared.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link RequestFailureHandler} through {@code faces-config.xml}. */
public class RequestFailureHandlerFactory extends ExceptionHandlerFactory {

  public RequestFailureHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new RequestFailureHandler(getWrapped().getExceptionHandler());
  }
}
