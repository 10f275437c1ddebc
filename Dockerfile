# Build: the same Maven wrapper, sources and resource folders as ./mvnw package on a developer's machine
# (every resource folder of pom.xml, each at its own place: DockerBuildContextTest checks it).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY dmn dmn
COPY forms forms
COPY templates templates
RUN ./mvnw -B -q package -DskipTests

# Run: a plain JRE, an unprivileged user, the production profile.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 exemplar
WORKDIR /app
COPY --from=build /src/target/exemplar-selection-*.jar app.jar
USER exemplar
ENV SPRING_PROFILES_ACTIVE=postgres \
    TZ=Asia/Ho_Chi_Minh \
    JAVA_TOOL_OPTIONS="-Dfile.encoding=UTF-8 -XX:MaxRAMPercentage=75"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
