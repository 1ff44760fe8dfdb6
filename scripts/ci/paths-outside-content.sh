#!/usr/bin/env bash
# Name the files a pull request changes outside the paths a contributor may change
# (CONTRIBUTING.md, "What a pull request may change"): claim and source Markdown, and
# translations of claims (content/claims/<language tag>/<id>.md), only. Anything else (code,
# MDX pages in any language, settings, workflows) needs a maintainer's review, which
# .github/CODEOWNERS requests; this step says which files, in the log and as annotations.
#
#   scripts/ci/paths-outside-content.sh <base-ref>
#
# Exit 0 when every changed file is claim, translation or source Markdown, 1 when some are not (listed).
set -euo pipefail
base_ref=${1:?usage: paths-outside-content.sh <base-ref>}
# A claim or source file directly in its folder, or a translation directly in a folder named as
# a language tag (es-MX, en, zh-Hant-TW; the validator checks it is one of the site's languages).
# (A case pattern's * would match across slashes, so the paths are matched as expressions.)
content='^content/(claims|sources)/[^/]+\.md$'
translation='^content/claims/[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*/[^/]+\.md$'
outside=()
while IFS= read -r -d '' path; do
	if ! [[ $path =~ $content || $path =~ $translation ]]; then
		outside+=("$path")
	fi
done < <(git diff --name-only -z --no-renames "$base_ref...HEAD" --)
if [ ${#outside[@]} -eq 0 ]; then
	echo "Every changed file is claim, translation or source Markdown."
	exit 0
fi
echo "This pull request changes ${#outside[@]} file(s) outside content/claims/*.md, content/claims/<language>/*.md and content/sources/*.md; a maintainer must review them:"
for path in "${outside[@]}"; do
	echo "  $path"
	[ -n "${GITHUB_ACTIONS:-}" ] && echo "::warning file=$path::changed outside claim, translation and source Markdown: needs a maintainer's review (CONTRIBUTING.md)"
done
exit 1
