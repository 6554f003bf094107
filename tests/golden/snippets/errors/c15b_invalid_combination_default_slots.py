# The parser's listing marks an argument in a slot with a default (or in "*") as not fitting, whatever its type.
import torch

x = torch.ones(2, 3)
calls = [("torch.max(x, 1, True, None, 5)", lambda: torch.max(x, 1, True, None, 5)),
         ("torch.min(x, 0, False, 1, 2)", lambda: torch.min(x, 0, False, 1, 2)),
         ("torch.sum(x, 0, True, 1.5, 2, 3)", lambda: torch.sum(x, 0, True, 1.5, 2, 3)),
         ("torch.max(x, x, None, 1)", lambda: torch.max(x, x, None, 1))]
for text, call in calls:
    try:
        call()
    except TypeError as e:
        print(text, "->", e)
