"""A cache of what the generator derives from unchanged inputs, so `check` and a no-op `generate` stay fast.

    fingerprint   content hashes of the inputs: folders, the generator's source, the installed tools
    store         the cache folder: entries written atomically, checked on read, pruned to a bound
    stages        the cached stages: the whole rendered table, and single functions (`memoized`)

A cached value is only ever used for exactly the inputs it was computed from; the tree on disk is
always compared in full (generator/tree.py), whatever the cache holds.
"""
