"""`python -m generator ...` is the `evolink-codegen` command."""

from __future__ import annotations

import sys

from generator.cli import main

sys.exit(main())
