package de.smartcity.portfolio.interfaces.shared.web;

import de.smartcity.portfolio.application.Download;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Hands a generated file to PrimeFaces' download, with its name, type and length. */
public final class Downloads {

  private Downloads() {}

  public static StreamedContent of(Download file) {
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.mediaType())
        .contentLength((long) file.content().length)
        .stream(() -> new ByteArrayInputStream(file.content()))
        .build();
  }
}
