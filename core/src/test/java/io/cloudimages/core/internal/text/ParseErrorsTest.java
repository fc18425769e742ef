package io.cloudimages.core.internal.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ParseErrorsTest {

    private static final String SECRET = "S3CRETvalue987";

    @ParameterizedTest
    @ValueSource(strings = {
            "clouds:\n  a:\n    credentials: {source: explicit, secretKey: \"" + SECRET + "\n",
            "clouds:\n  a: {secretKey: " + SECRET + ": x}\n",
            "clouds:\n\tsecretKey: " + SECRET + "\n"})
    void yamlErrorsGiveThePlaceAndTheProblemButNeverTheText(String yaml) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> new YAMLMapper().readTree(yaml));

        assertThat(ParseErrors.describe(e)).startsWith("line ").doesNotContain(SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"secretKey\": " + SECRET + "}", "{\"secretKey\": \"" + SECRET})
    void jsonErrorsNeverQuoteTheOffendingToken(String json) {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class, () -> new ObjectMapper().readTree(json));

        assertThat(ParseErrors.describe(e)).contains("line 1").doesNotContain(SECRET);
    }
}
