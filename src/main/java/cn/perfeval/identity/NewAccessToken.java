package cn.perfeval.identity;

import java.time.Instant;

/** A token just created: the only time the token itself is shown. */
public record NewAccessToken(Long id, String name, String token, Instant expiresAt) {
}
