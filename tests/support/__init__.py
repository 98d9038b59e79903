"""Helpers shared by the tests, one job per module; the conftest.py files only wrap them in fixtures.

- ``paths``: where the project, its spec and the minimal test spec are.
- ``files``: writable copies of spec folders and exact edits of their files (the edit fails if the text is absent).
- ``specs``: load a spec folder (valid or broken), edit its YAML.
- ``revisions``: pairs of spec revisions for the diff tests (reports, changes, a lowerable limit).
- ``commands``: git in throwaway repositories and ``python -m generator`` as a user runs it.
- ``seed_pages``: the vendor's doc pages and edited copies of them, for the ingest tests.
- ``page_server``: a local HTTP server of doc pages.
- ``fake_server``, ``raw_server``, ``evolink_bodies``: the loopback servers the SDK talks to and the Evolink
  shapes they answer with; ``gemini_bodies`` (Gemini-native ``generateContent``) and ``fake_tasks`` (the task
  API, ``X-Async-Mode`` tasks) are the Evolink-shaped fake's other routes.
- ``sdk_clients``: clients built on the SDK's core classes, recording retry waits instead of sleeping.
- ``sync_async``: one adapter that drives ``Evolink`` or ``AsyncEvolink`` so one test covers both.
- ``openapi_params``: the per-model request parameters of generated/openapi.yaml with valid and invalid values.
- ``validation_cases``: the cases of the SDK's argument checks derived from them, and the check of a rejection.
- ``prism``: the Prism mock server, for the contract tests.
- ``dist_support``, ``local_index`` (serving ``local_index_server``): the SDK's sdist and wheel as `make dist` builds
  them, and a pypiserver package index on loopback to publish them to.
- ``site_markdown``: Markdown rendered as the docs site renders it.
"""
