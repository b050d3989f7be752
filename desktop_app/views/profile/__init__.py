"""The prospect profile, the prospect list, the Gaps tab and the trash."""
