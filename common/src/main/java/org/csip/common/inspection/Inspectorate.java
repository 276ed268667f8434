package org.csip.common.inspection;

/** A body that inspects (or, for the LGA, reviews) children's services, so records say who judged them. */
public record Inspectorate(String code, String name, String fullName, String url) {
}
