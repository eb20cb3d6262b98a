# Each target is one line of ./mvnw or a script; see README.md.
MVNW := ./mvnw -B -q
LAUNCHER_CP := tools/embedded-postgres/target/classes:tools/embedded-postgres/target/lib/*
APP_JAR := bootstrap/target/quarkus-app/quarkus-run.jar
# the heap and GC the service ships with (an argument file of the java launcher)
JVM_OPTIONS := @$(CURDIR)/bootstrap/jvm.options
# a class-data archive beside the jar (app-cds.jsa, for this JDK): make run and make bench start with it
APPCDS := -Dquarkus.package.jar.appcds.enabled=true

.PHONY: build run demo test smoke openapi bench bench-tools native native-check image clean

## build: compile and package everything, tests skipped
build:
	$(MVNW) package -DskipTests $(APPCDS)

## run: build, then start the service on :8080 (embedded PostgreSQL unless QUARKUS_DATASOURCE_JDBC_URL is set)
run: build
	java -cp "$(LAUNCHER_CP)" dev.devices.embedded.RunWithEmbeddedPostgres $(APP_JAR) $(JVM_OPTIONS)

## demo: build without the JPA module and start on :8080 with the in-memory adapter (nothing persists)
demo:
	$(MVNW) package -Ddevices.persistence=memory -DskipTests
	java $(JVM_OPTIONS) -jar $(APP_JAR)

## test: the whole test suite (unit, architecture, end-to-end over HTTP against PostgreSQL)
test:
	./mvnw -B verify

## smoke: start the packaged service as make run does, then the demo build as make demo does; each time get a
## token, create and read a device, stop it. Between them: two instances on one database share the rate limit,
## counted in PostgreSQL and then in Redis
smoke: build
	bash .ci/smoke jpa
	bash .ci/two-instances database
	bash .ci/two-instances redis
	$(MVNW) package -Ddevices.persistence=memory -DskipTests
	bash .ci/smoke memory
	$(MVNW) package -DskipTests $(APPCDS)

## bench: the benchmarks (not part of make test); they write their figures to docs/benchmarks.md
bench: bench-tools
	./mvnw -B verify -pl bootstrap -am $(APPCDS) -Dbench.ceiling -Dgroups=bench -Dbench.excluded=not-a-tag -Dsurefire.failIfNoSpecifiedTests=false

# wrk drives the load and pgbench measures the database ceiling; installed with apt-get where there is one
bench-tools:
	@for tool in wrk:wrk pgbench:postgresql-contrib; do \
	  command -v $${tool%%:*} >/dev/null && continue; \
	  if command -v apt-get >/dev/null; then \
	    sudo=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$sudo apt-get update -qq && $$sudo apt-get install -y --no-install-recommends $${tool##*:} || exit 1; \
	  else \
	    echo "make bench needs $${tool%%:*}: install the package $${tool##*:} (Debian/Ubuntu) or 'brew install $${tool%%:*}'"; exit 1; \
	  fi; \
	done

## openapi: rewrite docs/openapi.yaml from what the service serves (a test fails while they differ)
openapi:
	$(MVNW) verify -pl bootstrap -am -Dtest=OpenApiDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dopenapi.write=true

## native: a native executable (needs GraalVM or Mandrel on the PATH)
native:
	$(MVNW) package -DskipTests -Dnative

## native-check: every native build step short of compiling (runs anywhere; CI runs it)
native-check:
	$(MVNW) package -DskipTests -Dnative -Dquarkus.native.sources-only=true -pl bootstrap -am

## image: a JVM container image devices:jvm (needs a container runtime)
image: build
	docker build -f bootstrap/src/main/docker/Dockerfile.jvm -t devices:jvm bootstrap

clean:
	$(MVNW) clean
	rm -rf .data
