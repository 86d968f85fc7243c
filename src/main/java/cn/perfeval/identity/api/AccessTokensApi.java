package cn.perfeval.identity.api;

import cn.perfeval.identity.AccessTokenInfo;
import cn.perfeval.identity.AccessTokens;
import cn.perfeval.identity.NewAccessToken;
import java.net.URI;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/tokens}: the caller's personal access tokens. {@code POST} creates one and answers
 * the token this once; {@code GET} lists them without it; {@code DELETE /{id}} revokes one.
 */
@RestController
@RequestMapping("/api/tokens")
class AccessTokensApi {

    private final AccessTokens tokens;

    AccessTokensApi(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** The body of {@code POST /api/tokens}. */
    record CreateRequest(String name, Integer expiresInDays) {
    }

    @PostMapping
    // The code the API documentation names; the answer itself sets it (with the Location).
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<NewAccessToken> create(@RequestBody CreateRequest request) {
        NewAccessToken created = tokens.create(request.name(), request.expiresInDays());
        return ResponseEntity.created(URI.create("/api/tokens/" + created.id()))
                .cacheControl(CacheControl.noStore())
                .body(created);
    }

    @GetMapping
    List<AccessTokenInfo> list() {
        return tokens.mine();
    }

    @DeleteMapping("/{id}")
    // The code the API documentation names; the answer itself sets it.
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
