"""Plain data and pure rules: no Qt, no SQL, no network, no database.

The only files read are the package's own read-only data (time zones, holiday tables),
and heavy pure libraries are imported lazily. See ARCHITECTURE.md.
"""
