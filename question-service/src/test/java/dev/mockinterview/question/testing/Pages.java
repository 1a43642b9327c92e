package dev.mockinterview.question.testing;

import dev.mockinterview.testsupport.TestInfrastructure;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * A browser's view of the pages in tests: a signed-in user loads a page, and posts its forms with the values the
 * page filled in, the CSRF token it rendered and the cookie that came with it, as a browser would.
 */
public final class Pages {
    private Pages() {
    }

    /** A page as someone with a role sees it. */
    public record Page(String role, int status, Document html, String csrfCookie) {
        /** The hidden CSRF field of the page's forms. */
        public String csrfToken() {
            return html.select("input[name=csrf-token]").attr("value");
        }

        /** The values a form sends as the page filled it in, by field name; buttons are left out. */
        public Map<String, List<String>> fields(String formSelector) {
            FormElement form = (FormElement) html.selectFirst(formSelector);
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (Connection.KeyVal field : form.formData()) {
                fields.computeIfAbsent(field.key(), name -> new ArrayList<>()).add(field.value());
            }
            form.select("button[name]").eachAttr("name").forEach(fields::remove);
            return fields;
        }

        /** A post of these fields, with the page's CSRF cookie; redirects are not followed. */
        public Response submit(String action, Map<String, List<String>> fields) {
            RequestSpecification request = post();
            fields.forEach(request::formParam);
            return request.post(action);
        }

        /** A post from this page with only its CSRF token, as a form of one button sends it. */
        public Response press(String action) {
            return post().formParam("csrf-token", csrfToken()).post(action);
        }

        /** A post with the page's CSRF cookie, to be given its fields. */
        public RequestSpecification post() {
            return signedIn(role).redirects().follow(false).cookie("csrf-token", csrfCookie);
        }
    }

    public static RequestSpecification signedIn(String role) {
        return given().auth().oauth2(TestInfrastructure.token(role, role + "-user"));
    }

    public static Page get(String role, String path) {
        return page(role, signedIn(role).get(path));
    }

    /** What a response shows, as a page; a page shown after a post keeps the cookie its form was loaded with. */
    public static Page page(String role, Response response) {
        return new Page(role, response.statusCode(), Jsoup.parse(response.asString()), response.cookie("csrf-token"));
    }
}
