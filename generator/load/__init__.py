"""spec/*.yaml -> a checked `ir.Spec`, or every problem at once (see `generator`'s map for the modules)."""
