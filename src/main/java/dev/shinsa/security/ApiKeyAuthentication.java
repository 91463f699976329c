package dev.shinsa.security;

import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Authenticates callers by API key ({@code X-API-Key: <key>}) or HTTP basic credentials
 * ({@code name:key}) against the callers file; the resources check roles with {@code @RolesAllowed}.
 * {@code shinsa.auth.mode}: {@code api-key} (default), {@code external} (this mechanism steps aside
 * for an OIDC or JWT extension, whose token groups carry the roles), or {@code off} (every request
 * is an anonymous caller with every role: for tests and experiments on one's own machine only).
 * Keys and credentials are never logged.
 */
@Startup
@ApplicationScoped
public class ApiKeyAuthentication implements HttpAuthenticationMechanism {
    public static final String HEADER = "X-API-Key";
    private static final Logger LOG = Logger.getLogger(ApiKeyAuthentication.class);
    private static final String DEMO_FILE = "callers-demo.yaml";

    private final String mode;
    private final Callers callers;
    private final SecurityIdentity everyone = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("anonymous (shinsa.auth.mode=off)"))
            .addRoles(Callers.ROLES).build();

    public ApiKeyAuthentication(@ConfigProperty(name = "shinsa.auth.mode", defaultValue = "api-key") String mode,
                                @ConfigProperty(name = "shinsa.auth.callers-file") Optional<String> callersFile) {
        this.mode = mode;
        switch (mode) {
            case "api-key" -> {
                this.callers = load(callersFile);
                if (callers.demo()) {
                    LOG.warnf("callers: the built-in DEMO callers are in use (keys published in the README); set "
                            + "shinsa.auth.callers-file (SHINSA_AUTH_CALLERS_FILE) to your own callers file before real use");
                } else {
                    LOG.infof("callers: %d from %s", callers.size(), callersFile.orElse(DEMO_FILE));
                }
            }
            case "external" -> {
                this.callers = null;
                LOG.info("callers: authenticated by an external identity provider (shinsa.auth.mode=external)");
            }
            case "off" -> {
                this.callers = null;
                LOG.warn("authentication is OFF (shinsa.auth.mode=off): every request may screen, reload and replay");
            }
            default -> throw new IllegalStateException("shinsa.auth.mode must be api-key, external or off, not '" + mode + "'");
        }
    }

    private static Callers load(Optional<String> file) {
        try {
            if (file.isPresent()) {
                Path p = Path.of(file.get());
                try (InputStream in = Files.newInputStream(p)) {
                    return Callers.read(in, p.toString());
                }
            }
            try (InputStream in = ApiKeyAuthentication.class.getClassLoader().getResourceAsStream(DEMO_FILE)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in " + DEMO_FILE + " is missing from the jar");
                }
                return Callers.read(in, DEMO_FILE + " (built in)");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the callers file: " + e.getMessage(), e);
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (mode.equals("off")) {
            return Uni.createFrom().item(everyone);
        }
        if (callers == null) {
            return Uni.createFrom().nullItem();
        }
        String key = context.request().getHeader(HEADER);
        String name = null;
        if (key == null) {
            String auth = context.request().getHeader("Authorization");
            if (auth == null || !auth.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Uni.createFrom().nullItem(); // anonymous: @RolesAllowed answers 401
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Uni.createFrom().failure(new AuthenticationFailedException("the basic credentials are not base64"));
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Uni.createFrom().failure(new AuthenticationFailedException("the basic credentials are not name:key"));
            }
            name = decoded.substring(0, colon);
            key = decoded.substring(colon + 1);
        }
        Callers.Caller caller = callers.byKey(key);
        if (caller == null || (name != null && !name.equals(caller.name()))) {
            return Uni.createFrom().failure(new AuthenticationFailedException("unknown caller or key"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.name())).addRoles(caller.roles()).build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"shinsa\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }
}
