package dev.mockinterview.session.pages;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page as a signed-in user's browser gets it, and the form posts it allows: a post carries the page's CSRF cookie
 * and hidden field, as a browser would, and does not follow the redirect it answers with.
 */
record CandidatePage(String token, ExtractableResponse<Response> response) {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    static CandidatePage open(String token, String path) {
        return new CandidatePage(token, given().auth().oauth2(token).redirects().follow(false).get(path).then()
                .extract());
    }

    int status() {
        return response.statusCode();
    }

    String html() {
        return response.asString();
    }

    /** Posts a form of this page to the path with the fields given. */
    ExtractableResponse<Response> post(String path, Map<String, ?> fields) {
        return withCsrf().formParams(fields).post(path).then().extract();
    }

    /** Posts a form with a field that repeats, as ticked checkboxes send it. */
    ExtractableResponse<Response> post(String path, Map<String, ?> fields, String repeated, String... values) {
        return withCsrf().formParams(fields).formParam(repeated, (Object[]) values).post(path).then().extract();
    }

    private RequestSpecification withCsrf() {
        Matcher field = CSRF_FIELD.matcher(html());
        assertThat(field.find()).as("the page has a CSRF field").isTrue();
        return given().auth().oauth2(token).redirects().follow(false)
                .cookie("csrf-token", response.cookie("csrf-token"))
                .formParam("csrf-token", field.group(1));
    }
}
