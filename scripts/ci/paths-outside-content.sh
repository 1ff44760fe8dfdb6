#!/usr/bin/env bash
# Name the files a pull request changes outside the paths a contributor may change
# (CONTRIBUTING.md, "What a pull request may change"): claim and source Markdown only.
# Anything else (code, MDX pages, settings, workflows) needs a maintainer's review, which
# .github/CODEOWNERS requests; this step says which files, in the log and as annotations.
#
#   scripts/ci/paths-outside-content.sh <base-ref>
#
# Exit 0 when every changed file is claim or source Markdown, 1 when some are not (listed).
set -euo pipefail
base_ref=${1:?usage: paths-outside-content.sh <base-ref>}
outside=()
while IFS= read -r -d '' path; do
	case "$path" in
		content/claims/*/* | content/sources/*/*) outside+=("$path") ;;
		content/claims/*.md | content/sources/*.md) ;;
		*) outside+=("$path") ;;
	esac
done < <(git diff --name-only -z --no-renames "$base_ref...HEAD" --)
if [ ${#outside[@]} -eq 0 ]; then
	echo "Every changed file is claim or source Markdown."
	exit 0
fi
echo "This pull request changes ${#outside[@]} file(s) outside content/claims/*.md and content/sources/*.md; a maintainer must review them:"
for path in "${outside[@]}"; do
	echo "  $path"
	[ -n "${GITHUB_ACTIONS:-}" ] && echo "::warning file=$path::changed outside claim and source Markdown: needs a maintainer's review (CONTRIBUTING.md)"
done
exit 1
