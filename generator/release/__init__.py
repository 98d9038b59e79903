"""Releases of the spec: the one version parser, the recorded releases and `make changelog`.

version    `MAJOR.MINOR.PATCH` -> a comparable tuple; the bump rule
releases   spec/changelog.yaml -> checked `Release` values (a loader stage)
changelog  `make changelog`: diff against a revision, bump `revision:`, write changelog.yaml and CHANGELOG.md
"""
