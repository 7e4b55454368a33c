#!/usr/bin/env bash
# Installs what the integration tests, the end-to-end tests and `npm start` need to run the extension in a
# real VS Code: code-server 4.100.3 (VS Code 1.100's server and web workbench, from npm), Debian's Chromium
# and ripgrep. Follows ../shared/notes/real-vscode.md.
#
# Idempotent: code-server goes into ${DEAL_NOTES_CACHE:-$HOME/.cache/deal-notes}/code-server-4.100.3
# (outside the clone, so runs on the same machine share it) and a marker file written last says it is
# complete. When everything is there this takes well under a second.
#
# Prints the code-server directory as its last line; other scripts find it through scripts/vscode-server.mjs.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
CACHE="${DEAL_NOTES_CACHE:-$HOME/.cache/deal-notes}"
DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
MARKER="$DIR/.deal-notes-installed"
# Debian packages: Chromium and ripgrep are used as they are; kerberos headers and a C++ toolchain build
# code-server's native modules (node-pty, kerberos, spdlog, watcher, argon2).
APT_PACKAGES=(chromium ripgrep libkrb5-dev python3 make g++ pkg-config ca-certificates)

say() { printf '[setup-vscode] %s\n' "$*" >&2; }
started=$(date +%s)

# When run through `npm run`, npm's own settings (prefix, package paths) are in the environment; they must
# not redirect the installs below into the project.
while IFS= read -r name; do unset "$name"; done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p')

# --- Debian packages --------------------------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  SUDO=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { say "missing Debian packages (${missing[*]}) and not root: install them and rerun"; exit 1; }
    SUDO=(sudo)
  fi
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  say "Debian packages installed"
fi

# --- code-server ------------------------------------------------------------------------------------------
mkdir -p "$CACHE"
exec 9>"$CACHE/.setup.lock"
flock 9 # two runs at once (CI and a developer) wait for each other instead of installing twice

if [ -f "$MARKER" ]; then
  say "code-server $CODE_SERVER_VERSION already installed in $DIR"
else
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$node_major" = 20 ] || say "warning: code-server $CODE_SERVER_VERSION is built for Node 20, this is Node $node_major"
  say "installing code-server $CODE_SERVER_VERSION into $DIR (1-3 minutes)"
  rm -rf "$DIR"
  mkdir -p "$DIR"
  cd "$DIR"
  printf '{ "name": "deal-notes-code-server", "private": true }\n' >package.json
  NPM=(npm --no-audit --no-fund --loglevel=error)
  say "  npm install code-server@$CODE_SERVER_VERSION (without its download scripts)"
  "${NPM[@]}" install --ignore-scripts --prefix "$DIR" "code-server@$CODE_SERVER_VERSION" >/dev/null
  CS="$DIR/node_modules/code-server"
  VS="$CS/lib/vscode"
  say "  npm install in lib/vscode"
  (cd "$VS" && "${NPM[@]}" install --omit=dev --ignore-scripts >/dev/null)
  mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
  ln -sf "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"
  say "  building native modules (node-pty, kerberos, spdlog, watcher)"
  (cd "$VS" && npm_config_yes=true "${NPM[@]}" rebuild >/dev/null)
  ln -sfn node_modules "$VS/node_modules.asar"
  (cd "$CS/lib/vscode/bin/remote-cli" && ln -sfn code-linux.sh code-server)
  (cd "$CS/lib/vscode/bin/helpers" && ln -sfn browser-linux.sh browser.sh)
  say "  npm install in lib/vscode/extensions"
  (cd "$VS/extensions" && "${NPM[@]}" install --omit=dev >/dev/null)
  say "  building argon2"
  (cd "$DIR" && npm_config_yes=true "${NPM[@]}" rebuild argon2 >/dev/null)
  # --config: otherwise code-server writes a default config file into ~/.config/code-server.
  version=$(node "$CS/out/node/entry.js" --config "$DIR/config.yaml" --version | tail -n 1)
  case "$version" in
    "$CODE_SERVER_VERSION "*) ;;
    *) say "code-server --version printed '$version', expected $CODE_SERVER_VERSION"; exit 1 ;;
  esac
  printf '%s\n' "$version" >"$MARKER"
  say "code-server installed: $version"
fi

[ -x /usr/bin/chromium ] || { say "/usr/bin/chromium is missing"; exit 1; }
command -v rg >/dev/null || { say "ripgrep (rg) is missing"; exit 1; }
say "ready in $(($(date +%s) - started)) s"
echo "$DIR"
