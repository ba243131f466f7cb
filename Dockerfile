# syntax=docker/dockerfile:1
# One image for every Newswatch service; the command picks it:
#   docker run IMAGE ingest | process | sink | run (all three in one process)
# Configuration comes from NEWSWATCH_* environment variables (see conf/newswatch.yaml).

# ---- build --------------------------------------------------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 between builds. It needs BuildKit: the default of docker build and
# docker compose v2; with the old docker-compose 1.x set DOCKER_BUILDKIT=1 COMPOSE_DOCKER_CLI_BUILD=1.
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests install

# ---- run ----------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 newswatch \
 && useradd --system --uid 10001 --gid newswatch --home-dir /opt/newswatch --no-create-home --shell /usr/sbin/nologin newswatch \
 && mkdir -p /var/lib/newswatch \
 && chown newswatch:newswatch /var/lib/newswatch
WORKDIR /opt/newswatch
COPY --from=build /src/app/target/lib/ /opt/newswatch/lib/
COPY --from=build /src/app/target/newswatch.jar /opt/newswatch/newswatch.jar
COPY --from=build /src/conf/ /opt/newswatch/conf/
# NEWSWATCH_HOME lets the app find conf/ wherever it runs; state goes to the data volume;
# the ops endpoints (/health, /metrics) listen on 9404 (ops.port).
ENV NEWSWATCH_HOME=/opt/newswatch \
    NEWSWATCH_DATA_DIR=/var/lib/newswatch \
    NEWSWATCH_OPS_PORT=9404
USER 10001:10001
# 8080: the sink's page; 9404: health and metrics of every service.
EXPOSE 8080 9404
# A JDK-only probe (the JRE image has no curl): exits 0 when /health/live answers 200.
# It is a second, small JVM (16 MB heap) every 30 s: the 25 % left outside the main heap covers it.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["java", "-XX:+UseSerialGC", "-Xmx16m", "-XX:TieredStopAtLevel=1", "-cp", "/opt/newswatch/newswatch.jar", "newswatch.app.ops.HealthProbe"]
# java is PID 1, so SIGTERM from `docker stop` reaches the JVM's shutdown hooks directly.
# The heap follows the container's memory limit; JDK_JAVA_OPTIONS=-Xmx... overrides it.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/newswatch/newswatch.jar"]
CMD ["run"]
