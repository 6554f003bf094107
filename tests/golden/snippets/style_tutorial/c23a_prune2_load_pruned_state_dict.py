# Loading a pruned model's state_dict into a fresh model fails: weight_orig/weight_mask vs weight
import torch.nn as nn
import torch.nn.utils.prune as prune

pruned = nn.Linear(2, 2)
prune.random_unstructured(pruned, "weight", amount=0.5)
fresh = nn.Linear(2, 2)
try:
    fresh.load_state_dict(pruned.state_dict())
except RuntimeError as e:
    print(str(e).splitlines()[0])
    print(sorted(pruned.state_dict()))
result = fresh.load_state_dict(pruned.state_dict(), strict=False)
print(result.missing_keys, result.unexpected_keys)
