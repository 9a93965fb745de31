# The spec helper of gcstress's own specs.
#
# Under CRuby these files run with mspec (`mspec run specs/core/gcstress`),
# which has already loaded itself when this file is required. Under gcstress
# (`gcstress specs specs/`) this file is never loaded: the harness resolves
# `require_relative` itself and the mspec layer in specs/mspec/ stands in for
# both this helper and mspec.
