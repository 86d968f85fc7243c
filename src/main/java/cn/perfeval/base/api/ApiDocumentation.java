package cn.perfeval.base.api;

import cn.perfeval.base.Messages;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiLocaleCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI 3 document, generated from the controllers by springdoc at {@code /v3/api-docs}
 * (Swagger UI at {@code /swagger-ui/index.html}), for signed-in users: the two ways to sign in
 * (HTTP Basic with a portal user, {@code Authorization: Bearer} with a personal access token), and
 * on every operation the RFC 9457 problems it may answer, in the language the caller asks for.
 */
@Configuration
class ApiDocumentation {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_TYPE = "application/problem+json";

    static {
        // Money travels as decimal strings ("1811101.92", BaseConfiguration), never as JSON numbers.
        SpringDocUtils.getConfig().replaceWithSchema(BigDecimal.class,
                new StringSchema().format("decimal").pattern("^-?[0-9]+(\\.[0-9]+)?$").example("1811101.92"));
    }

    @Bean
    OpenAPI perfevalOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info().title("perfeval API").version(properties == null ? "dev" : properties.getVersion()))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("personal access token"))
                        .addSchemas(PROBLEM, problemSchema()))
                // Either one: a portal user's password or a personal access token.
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** RFC 9457 with the portal's additions: the fields at fault and, for a 500, the request's id. */
    private static Schema<?> problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("field", new StringSchema().description("JSON path or cell of the value at fault"));
        error.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.addProperty("type", new StringSchema().format("uri"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema().format("uri"));
        problem.addProperty("errors", new ArraySchema().items(error));
        problem.addProperty("requestId", new StringSchema().description("names the log lines of the request"));
        return problem;
    }

    /** Texts in the caller's language, and the problems every operation may answer. */
    @Bean
    OpenApiLocaleCustomizer problemsAndTexts(Messages messages) {
        return (openApi, locale) -> {
            Locale language = Messages.supported(locale);
            openApi.getInfo().title(messages.get("api.docs.title", language))
                    .description(messages.get("api.docs.description", language));
            // Here rather than only in the bean: springdoc drops the schemas nothing referred to yet.
            if (openApi.getComponents().getSchemas() == null
                    || !openApi.getComponents().getSchemas().containsKey(PROBLEM)) {
                openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            }
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                boolean onApi = path.startsWith("/api/");
                item.readOperationsMap().forEach((method, operation) -> {
                    problems(path, method, operation, onApi, messages, language);
                    files(operation);
                });
            });
        };
    }

    /** Bytes (a workbook, an evidence file, a PDF) are files, not JSON text. */
    private static void files(Operation operation) {
        if (operation.getRequestBody() != null) {
            binary(operation.getRequestBody().getContent());
        }
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                binary(response.getContent());
            }
        });
    }

    private static void binary(Content content) {
        if (content == null) {
            return;
        }
        for (String type : List.copyOf(content.keySet())) {
            Schema<?> schema = content.get(type).getSchema();
            boolean bytes = schema != null && ("byte".equals(schema.getFormat()) || "binary".equals(schema.getFormat()))
                    && ("string".equals(schema.getType())
                            || (schema.getTypes() != null && schema.getTypes().contains("string")));
            if (bytes && !type.startsWith("multipart/")) {
                content.remove(type);
                content.addMediaType("application/octet-stream",
                        new MediaType().schema(new StringSchema().format("binary")));
            }
        }
    }

    private static void problems(String path, PathItem.HttpMethod method, Operation operation, boolean onApi,
            Messages messages, Locale language) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        // Any input may be refused: a body, a query parameter, a path's id that is not a number.
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            titles.put("400", "error.title.invalid");
        }
        if (onApi) {
            titles.put("401", "error.title.unauthorized");
            titles.put("403", "error.title.forbidden");
        } else {
            operation.setSecurity(List.of());
        }
        if (path.contains("{")) {
            titles.put("404", "error.title.not-found");
        }
        if (method != PathItem.HttpMethod.GET) {
            titles.put("409", "error.title.conflict");
        }
        titles.put("500", "error.title.internal");
        titles.put("503", "error.title.unavailable");
        titles.forEach((status, key) -> {
            if (!operation.getResponses().containsKey(status)) {
                operation.getResponses().addApiResponse(status, new ApiResponse()
                        .description(messages.get(key, language))
                        .content(new Content().addMediaType(PROBLEM_TYPE, new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        });
    }
}
