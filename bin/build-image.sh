#!/usr/bin/env bash
# Builds the container image on a machine with podman and no registry (run as root, from anywhere):
#   1. the Debian base, once: debootstrap --variant=minbase bookworm from the mirror apt uses here, trimmed
#      like debian:bookworm-slim, imported as localhost/debian-base:bookworm;
#   2. the application: ./mvnw -B package -DskipTests (skipped with --skip-package);
#   3. the image: podman build of src/main/docker/Dockerfile.jvm on that base.
# crun fails on this machine's cgroups, so podman runs with runc; the sandbox may not raise ulimits, so
# they are lowered explicitly; apt-get inside the build needs --network host. Run the image the same way:
#   podman --runtime /usr/sbin/runc run --rm --network host --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 \
#     --read-only --tmpfs /tmp -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/zhibiao \
#     -e QUARKUS_DATASOURCE_USERNAME=postgres localhost/zhibiao:0.1.0
# Environment: IMAGE (default localhost/zhibiao:0.1.0), BASE_IMAGE (default localhost/debian-base:bookworm),
# MIRROR (default: the first Debian mirror in /etc/apt/sources.list*).
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-localhost/zhibiao:0.1.0}
BASE_IMAGE=${BASE_IMAGE:-localhost/debian-base:bookworm}
PODMAN=(podman --runtime /usr/sbin/runc)
LIMITS=(--network host --ulimit nofile=4096:4096 --ulimit nproc=4096:4096)
package=true
[ "${1:-}" = --skip-package ] && package=false

need() { command -v "$1" >/dev/null || { echo "build-image: $1 is missing (apt-get install -y $2)" >&2; exit 2; }; }
need podman podman
need runc runc

# The Debian mirror apt uses on this machine (deb822 or one-line sources), so debootstrap needs no other host.
mirror() {
  local url
  url=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list \
        | grep -v security | grep -oE 'https?://[^ ]+/debian/?' | head -1 || true)
  echo "${MIRROR:-${url:-http://deb.debian.org/debian}}"
}

build_base() {
  need debootstrap debootstrap
  local root
  root=$(mktemp -d /var/tmp/debian-base.XXXXXX)
  trap 'rm -rf "$root"' RETURN
  echo "build-image: debootstrap bookworm from $(mirror) into $root"
  debootstrap --variant=minbase bookworm "$root" "$(mirror)" > "$root.log" 2>&1 || { tail -20 "$root.log"; exit 1; }
  rm -f "$root.log"
  # As debian:*-slim: no documentation, manuals or translations from later installs; no package caches.
  cat > "$root/etc/dpkg/dpkg.cfg.d/slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/lintian/*
EOF
  echo 'APT::Keep-Downloaded-Packages "false";' > "$root/etc/apt/apt.conf.d/docker-clean"
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/man/* "$root"/usr/share/info/*
  find "$root/usr/share/doc" -mindepth 2 -not -name copyright -not -type d -delete
  find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias -exec rm -rf {} +
  tar -C "$root" -c . | "${PODMAN[@]}" import - "$BASE_IMAGE"
}

if ! "${PODMAN[@]}" image exists "$BASE_IMAGE"; then
  case "$BASE_IMAGE" in
    localhost/*) build_base ;;
    *) echo "build-image: using $BASE_IMAGE from a registry" ;;
  esac
fi

if $package; then
  ./mvnw -B -q package -DskipTests
fi
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build-image: target/quarkus-app is missing: run ./mvnw package" >&2; exit 2; }

"${PODMAN[@]}" build "${LIMITS[@]}" --build-arg BASE_IMAGE="$BASE_IMAGE" \
  -f src/main/docker/Dockerfile.jvm --ignorefile src/main/docker/Dockerfile.jvm.dockerignore -t "$IMAGE" .
"${PODMAN[@]}" images --format '{{.Repository}}:{{.Tag}} {{.Size}}' "$IMAGE"
