"""The cohort round in the window: the round dialog, choosing answers, the review of every
mark, the comparison window, the people page in Settings and the Fællesskab menu."""
