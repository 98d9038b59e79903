"""ir.Spec -> the whole output tree in memory (see `generator`'s map for the modules)."""
