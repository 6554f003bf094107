# Bad pruning amounts are rejected before anything is changed
import torch.nn as nn
import torch.nn.utils.prune as prune

lin = nn.Linear(2, 2)
for amount in (1.5, -0.1, 10, "half"):
    try:
        prune.l1_unstructured(lin, "weight", amount=amount)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(prune.is_pruned(lin))
