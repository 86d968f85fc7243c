package cn.perfeval.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a personal access token: the owner as loaded for this request, and the token. */
class AccessTokenAuthentication extends AbstractAuthenticationToken {

    private final PortalUser user;
    private final long tokenId;

    AccessTokenAuthentication(PortalUser user, long tokenId) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public PortalUser getPrincipal() {
        return user;
    }

    long tokenId() {
        return tokenId;
    }
}
