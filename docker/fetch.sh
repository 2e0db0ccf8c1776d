#!/bin/sh
# The download stage of the images' Dockerfiles: one artifact from Maven Central, in the version that a property
# of the root pom names (the version the tests run), unless the build argument VERSION gives another.
#
#   fetch.sh unpack|copy GROUP:ARTIFACT:TYPE PROPERTY VERSION OUTPUT_DIR
#
# unpack: the archive's content into OUTPUT_DIR; copy: the file itself. Maven runs outside any project: in the
# folder of the root pom it would load the whole multi-module build.
set -eu
goal="$1" coordinates="$2" property="$3" version="$4" output="$5"
pom=/src/pom.xml
[ -n "$version" ] || version="$(sed -n "s:.*<$property>\(.*\)</$property>.*:\1:p" "$pom" | head -n 1)"
[ -n "$version" ] || { echo "fetch.sh: no <$property> in $pom" >&2; exit 1; }
group="${coordinates%%:*}" rest="${coordinates#*:}"
artifact="${rest%%:*}" type="${rest#*:}"
echo "fetch.sh: $goal $group:$artifact:$version:$type"
mkdir -p "$output"
cd /tmp
mvn -B -q -C "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:$goal" \
    -Dartifact="$group:$artifact:$version:$type" -DoutputDirectory="$output"
