"""Recording a release of the spec: `make changelog` (the version rule is `generator.versions`, the recorded
releases are read by `generator.load.releases`).

changelog  diff against a revision, bump `revision:`, write changelog.yaml and CHANGELOG.md
"""
