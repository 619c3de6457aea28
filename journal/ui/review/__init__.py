"""The coach's review mode (a window of its own, no journal) and the leader's side of the
coach round trip in the main window (importing feedback, the comment thread beside an entry)."""
