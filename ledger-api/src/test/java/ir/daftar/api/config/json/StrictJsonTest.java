package ir.daftar.api.config.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** The request mapper as the application builds it: no coercion, no unknown fields, amounts as number or text. */
class StrictJsonTest {

    enum Kind { PETITION, COMPLAINT }

    record Request(String name, Integer pageCount, Kind kind, Boolean urgent,
                   @JsonDeserialize(using = StrictJson.WholeNumberOrText.class) String amountRials, List<String> tags) {
    }

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        Jackson2ObjectMapperBuilder builder = new Jackson2ObjectMapperBuilder();
        new StrictJson().strictJsonMapping().customize(builder);
        new PlainText().plainTextOnly().customize(builder);
        return builder.build();
    }

    @Test
    void a_well_typed_request_is_read_as_sent() throws Exception {
        Request r = mapper.readValue("""
                {"name":"زهرا احمدی","pageCount":2,"kind":"COMPLAINT","urgent":true,"amountRials":"۸٬۵۰۰٬۰۰۰","tags":["الف"]}""",
                Request.class);
        assertThat(r).isEqualTo(new Request("زهرا احمدی", 2, Kind.COMPLAINT, true, "۸٬۵۰۰٬۰۰۰", List.of("الف")));
    }

    @Test
    void an_amount_may_be_a_whole_number_and_keeps_its_sign_for_the_input_layer_to_refuse() throws Exception {
        assertThat(mapper.readValue("{\"amountRials\":8500000}", Request.class).amountRials()).isEqualTo("8500000");
        assertThat(mapper.readValue("{\"amountRials\":-5}", Request.class).amountRials()).isEqualTo("-5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":123}", "{\"name\":true}", "{\"name\":{}}", "{\"name\":[\"a\"]}", "{\"tags\":[1]}",
            "{\"pageCount\":\"2\"}", "{\"pageCount\":1.5}", "{\"pageCount\":true}", "{\"kind\":0}", "{\"kind\":\"OTHER\"}",
            "{\"urgent\":\"true\"}", "{\"urgent\":1}", "{\"amountRials\":1.5}", "{\"amountRials\":true}"})
    void wrong_types_are_coerced_no_more(String json) {
        assertThatThrownBy(() -> mapper.readValue(json, Request.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void a_field_the_request_does_not_have_is_refused_by_name() {
        assertThatThrownBy(() -> mapper.readValue("{\"name\":\"a\",\"junk\":\"" + "x".repeat(1000) + "\"}", Request.class))
                .isInstanceOfSatisfying(UnrecognizedPropertyException.class,
                        e -> assertThat(e.getPropertyName()).isEqualTo("junk"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"a\",\"name\":\"b\"}", "{\"name\":\"a\"} {\"name\":\"b\"}", "{\"name\":\"a\"}x"})
    void duplicate_keys_and_trailing_garbage_are_refused(String json) {
        assertThatThrownBy(() -> mapper.readValue(json, Request.class)).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void nesting_beyond_the_limit_is_refused() {
        String deep = "[".repeat(StrictJson.MAX_NESTING + 1) + "]".repeat(StrictJson.MAX_NESTING + 1);
        assertThatThrownBy(() -> mapper.readTree(deep)).isInstanceOf(StreamConstraintsException.class);
    }
}
