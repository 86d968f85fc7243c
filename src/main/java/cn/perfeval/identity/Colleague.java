package cn.perfeval.identity;

/** A user who shares the signed-in user's role and organisation, and so may take over its work. */
public record Colleague(String username, String displayName) {
}
