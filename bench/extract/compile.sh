#!/usr/bin/env bash
# Compiles main and test classes offline. If this worktree's pom lacks the plugin pins the machine's
# Maven 3.8 needs (maven-resources-plugin 3.3.1 ...), builds through a pinned copy in /tmp instead;
# the project pom itself is left alone.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
if mvn -o -q test-compile >/dev/null 2>&1; then
  exit 0
fi
TMP="$(mktemp -d)"
python3 - "$ROOT" "$TMP/pom.xml" <<'PY'
import sys
root, out = sys.argv[1], sys.argv[2]
s = open(root + "/pom.xml", encoding="utf-8").read()
pins = f"""<build>
    <directory>{root}/target</directory>
    <sourceDirectory>{root}/src/main/java</sourceDirectory>
    <testSourceDirectory>{root}/src/test/java</testSourceDirectory>
    <resources><resource><directory>{root}/src/main/resources</directory></resource></resources>
    <testResources><testResource><directory>{root}/src/test/resources</directory></testResource></testResources>
    <pluginManagement><plugins>
      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
      <plugin><artifactId>maven-clean-plugin</artifactId><version>3.4.0</version></plugin>
      <plugin><artifactId>maven-install-plugin</artifactId><version>3.1.3</version></plugin>
    </plugins></pluginManagement>"""
s = s.replace("<build>", pins, 1).replace("<artifactId>quarkus-junit5</artifactId>", "<artifactId>quarkus-junit</artifactId>")
open(out, "w", encoding="utf-8").write(s)
PY
mvn -o -q -f "$TMP/pom.xml" test-compile
