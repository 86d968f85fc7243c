# The portal's image, from the packaged jar (no build inside the image):
#   ./mvnw -B package -DskipTests          # target/perfeval-0.1.0-SNAPSHOT.jar, production mode
#   docker build -t perfeval .
# config/compose.yaml builds it the same way. The jar runs a command instead of the portal when given
# one (e.g. `docker run … perfeval migrate`, see docs/operations.md).
FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 --home-dir /app perfeval
WORKDIR /app
COPY target/perfeval-*.jar /app/perfeval.jar
# The audit log's mark outside the database (a volume in config/compose*.yaml), writable by the portal.
RUN mkdir -p /app/anchors && chown perfeval /app/anchors
USER perfeval
# 8080: the portal; 8081: health, readiness and metrics, bound to 127.0.0.1 inside the container
# unless PERFEVAL_MANAGEMENT_ADDRESS says otherwise (the health check below runs inside).
EXPOSE 8080
# An OutOfMemoryError ends the process (and the container restarts) instead of leaving a server
# that answers nothing.
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-XX:MaxRAMPercentage=75", "-jar", "/app/perfeval.jar"]
HEALTHCHECK --interval=10s --timeout=5s --start-period=180s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PERFEVAL_MANAGEMENT_PORT:-8081} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
