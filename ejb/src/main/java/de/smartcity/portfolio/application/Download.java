package de.smartcity.portfolio.application;

import java.io.Serializable;

/**
 * A generated file, ready to hand to the browser.
 *
 * @param fileName what and when, such as {@code Portfolio_2026-11-22.xlsx}
 * @param mediaType the content type
 * @param content the bytes
 */
public record Download(String fileName, String mediaType, byte[] content) implements Serializable {}
