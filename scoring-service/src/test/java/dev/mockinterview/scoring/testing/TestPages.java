package dev.mockinterview.scoring.testing;

import dev.mockinterview.testsupport.TestInfrastructure;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Reads pages as a signed-in user's browser would, and parses them to find what the user sees. */
public final class TestPages {
    /** The recruiter who reads the recruiter pages here, and owns the assessments those tests list. */
    public static final String RECRUITER = "recruiter-user";

    private TestPages() {
    }

    /** The page at the path (query string included) as the recruiter {@value #RECRUITER} sees it, status checked. */
    public static Document recruiterPage(String pathAndQuery, int status) {
        return parse(fetch("recruiter", pathAndQuery, status));
    }

    /** The response to a signed-in user of the role (subject role-user), after checking its status. */
    public static ExtractableResponse<Response> fetch(String role, String pathAndQuery, int status) {
        return fetch(role, role + "-user", pathAndQuery, status);
    }

    /** The response to the signed-in user, after checking its status. */
    public static ExtractableResponse<Response> fetch(String role, String subject, String pathAndQuery, int status) {
        // The path arrives encoded already (it is a link taken from a page), so it is sent as it is.
        return given().urlEncodingEnabled(false).auth().oauth2(TestInfrastructure.token(role, subject))
                .when().get(pathAndQuery)
                .then().statusCode(status).extract();
    }

    /** An HTML page, checked to be one. */
    public static Document parse(ExtractableResponse<Response> response) {
        assertThat(response.contentType()).startsWith("text/html");
        return Jsoup.parse(response.asString());
    }
}
