#!/usr/bin/env bash
# Judge a pull request's content with the base branch's validator, so that a pull request
# cannot loosen the check that judges it (issue 19).
#
#   scripts/ci/validate-with-base.sh <base-checkout> <base-ref> [--format github]
#
# <base-checkout> is a separate working copy of the base branch with its own node_modules
# (CI checks it out into a second folder and installs it); <base-ref> is the base commit in
# this repository, for --base. The validator's code, settings and rules all come from the
# base checkout; the content it reads is this working copy's (the current folder).
set -euo pipefail
base_dir=${1:?usage: validate-with-base.sh <base-checkout> <base-ref> [--format github]}
base_ref=${2:?usage: validate-with-base.sh <base-checkout> <base-ref> [--format github]}
shift 2
validator="$base_dir/scripts/validate.ts"
if [ ! -f "$validator" ]; then
	echo "validate-with-base: $validator not found: check out the base branch into $base_dir first" >&2
	exit 2
fi
# The base checkout's own Node and packages run its validator; the pull request's are not used.
node_bin="$base_dir/node_modules/.bin/node"
[ -x "$node_bin" ] || node_bin=node
exec "$node_bin" "$validator" --base "$base_ref" "$@"
