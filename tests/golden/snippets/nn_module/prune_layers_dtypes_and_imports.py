# Pruning inside a Sequential next to other hooks, then removing it: parameter order, hook ids,
# gradients through the mask, other dtypes and layers, abstract methods and bad counts.
import torch
import torch.nn as nn
from torch.nn.utils import prune

torch.manual_seed(42)
model = nn.Sequential(nn.Conv2d(2, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(16, 5), nn.Linear(5, 2))
model[3].register_forward_hook(lambda m, i, o: None)
print(prune.l1_unstructured(model[3], "weight", amount=0.5) is model[3], model[3]._forward_pre_hooks)
print([n for n, _ in model.named_parameters()], list(model.state_dict().keys()))
prune.random_structured(model[0], "weight", amount=0.5, dim=1)
prune.ln_structured(model[0], "weight", amount=1, n=1, dim=0)
print(model[0].weight_mask.sum(dim=(2, 3)), torch.nn.utils.prune.is_pruned(model))
model(torch.randn(3, 2, 4, 4)).sum().backward()
print(model[0].weight_orig.grad.eq(0).sum(), model[3].weight_orig.grad.eq(0).sum())
for m in (model[0], model[3]):
    prune.remove(m, "weight")
print([n for n, _ in model.named_parameters()], prune.is_pruned(model))
half = nn.Linear(3, 2).half()
prune.random_unstructured(half, "bias", 1)
print(half.bias_mask.dtype, half.bias)
emb = nn.Embedding(4, 3)
prune.ln_structured(emb, "weight", amount=0.5, n=2, dim=0)
print(emb(torch.tensor([0, 1, 2, 3])).sum(dim=1) != 0)


class NoMask(prune.BasePruningMethod):
    PRUNING_TYPE = "unstructured"


for attempt in (lambda: NoMask.apply(nn.Linear(2, 2), "weight"), prune.BasePruningMethod,
                lambda: prune.random_unstructured(nn.Linear(3, 3), "weight", amount=True),
                lambda: prune.random_structured(nn.Linear(3, 3), "weight", amount=True, dim=0),
                lambda: prune.ln_structured(nn.Linear(2, 2), "weight", amount=0.5, n="nuc", dim=0)):
    try:
        attempt()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
