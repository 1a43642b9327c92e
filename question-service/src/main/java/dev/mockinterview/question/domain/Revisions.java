package dev.mockinterview.question.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question's revision as an HTTP entity tag. Every representation of one question (its current version, any
 * version by number) carries the tag of the question's revision, so any of them can be the basis of an edit.
 */
public final class Revisions {
    private static final Pattern TAG = Pattern.compile("\"rev-(\\d{1,18})(-public)?\"");

    private Revisions() {
    }

    /** The entity tag of a revision, quotes included. */
    public static String etag(long revision) {
        return "\"rev-" + revision + "\"";
    }

    /** The entity tag of the candidates' view, which leaves the rubric out and so differs from the full one. */
    public static String publicEtag(long revision) {
        return "\"rev-" + revision + "-public\"";
    }

    /**
     * The revisions an If-Match header names. Weak tags never match (RFC 9110 compares If-Match strongly), nor do
     * those of the candidates' view, which an author never edits from.
     */
    public static List<Long> named(String ifMatch) {
        Matcher matcher = TAG.matcher(ifMatch);
        List<Long> revisions = new ArrayList<>();
        while (matcher.find()) {
            boolean weak = matcher.start() >= 2 && ifMatch.startsWith("W/", matcher.start() - 2);
            if (matcher.group(2) == null && !weak) {
                revisions.add(Long.parseLong(matcher.group(1)));
            }
        }
        return revisions;
    }
}
