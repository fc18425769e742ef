package io.cloudimages.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.Locale;

/** How a command prints: aligned columns for people, or one JSON document for programs. */
enum OutputFormat {
    TABLE, JSON;

    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "table" -> TABLE;
                case "json" -> JSON;
                default -> throw new TypeConversionException("'" + value + "' is not an output format; use table or json");
            };
        }
    }
}
