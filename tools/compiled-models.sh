#!/usr/bin/env bash
# Regenerates the compiled EF Core models, src/Hiring.Web/Data/CompiledModels/Sqlite and /Postgres, from OnModelCreating.
# Run it after changing an entity, a configuration or a convention (CompiledModelTests fails until you do), and commit
# the result. The hand-written files beside the two folders (QueryFilters.cs and the rest) are kept.
set -euo pipefail
cd "$(dirname "$0")/../src/Hiring.Web"
dotnet tool restore >/dev/null
# Built without the old compiled models: they may no longer compile, and the design-time model must not come from them.
dotnet build --nologo -v q -c Debug -p:WithoutCompiledModels=true
for provider in Sqlite Postgres; do
  rm -rf "Data/CompiledModels/$provider"
  dotnet ef dbcontext optimize --no-build --context "${provider}HiringDbContext" \
    --output-dir "Data/CompiledModels/$provider" --namespace "Hiring.Web.Data.CompiledModels.$provider"
done
# The next ordinary build puts the new models in.
