# Pruning the same tensor again and again (a container of methods), importance scores, a learner's own
# method, global pruning of tensors already pruned, and the checks each method makes.
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

torch.manual_seed(3)
lin = nn.Linear(5, 4)
prune.l1_unstructured(lin, "weight", amount=0.3)
prune.random_structured(lin, "weight", amount=1, dim=0)
prune.ln_structured(lin, "weight", amount=0.4, n=1, dim=1)
prune.random_unstructured(lin, "weight", amount=2)
print(lin.weight_mask)
hook = next(h for h in lin._forward_pre_hooks.values() if h._tensor_name == "weight")
print(type(hook).__name__, len(hook), [type(m).__name__ for m in hook], hook[1].dim, hook[2].n)
scores = torch.arange(4.0).flip(0)
prune.l1_unstructured(lin, "bias", amount=0.5, importance_scores=scores)
print(lin.bias_mask, lin.bias.grad_fn)
with torch.no_grad():
    lin.weight_orig.fill_(2.0)
lin(torch.ones(1, 5))
print(lin.weight)
print(list(lin.state_dict().keys()))
prune.remove(lin, "weight")
print(lin.weight, type(lin.weight).__name__, lin.weight.requires_grad)

class EveryOther(prune.BasePruningMethod):
    PRUNING_TYPE = "unstructured"

    def compute_mask(self, t, default_mask):
        mask = default_mask.clone()
        mask.view(-1)[::2] = 0
        return mask

conv = nn.Conv2d(1, 2, 2)
EveryOther.apply(conv, "weight")
print(conv.weight_mask.view(-1))
prune.l1_unstructured(conv, "weight", amount=0.5)
print(conv.weight_mask.view(-1), prune.is_pruned(conv))
print(prune.Identity.apply(nn.Linear(2, 2), "bias").__class__.__name__)

a, b = nn.Linear(3, 2), nn.Linear(2, 2)
prune.random_unstructured(a, "weight", amount=0.5)
prune.global_unstructured([(a, "weight"), (b, "weight")], pruning_method=prune.RandomUnstructured, amount=4)
print(a.weight_mask, b.weight_mask)
print([type(h).__name__ for h in a._forward_pre_hooks.values()])
print(prune.RandomStructured(amount=0, dim=1).compute_mask(torch.ones(2, 3), torch.ones(2, 3)))
print(prune.LnStructured(amount=1, n=float("inf"), dim=-1).compute_mask(
    torch.tensor([[1.0, -5.0], [2.0, 0.5]]), torch.ones(2, 2)))
print(prune.RandomUnstructured(amount=0.0).prune(torch.ones(3)))

def attempts():
    yield lambda: prune.ln_structured(nn.Linear(2, 2), "weight", amount=3, n=2, dim=0)
    yield lambda: prune.random_structured(nn.Linear(2, 2), "weight", amount=1, dim=2)
    yield lambda: prune.l1_unstructured(nn.Linear(2, 2), "weight", 0.5, importance_scores=torch.ones(3))
    yield lambda: prune.global_unstructured([(nn.Linear(2, 2), "weight")], pruning_method=prune.LnStructured,
                                            amount=1, n=2, dim=0)
    yield lambda: prune.global_unstructured(5, pruning_method=prune.L1Unstructured, amount=1)
    yield lambda: prune.global_unstructured([], pruning_method=prune.L1Unstructured, amount=1,
                                            importance_scores=[1])
    yield lambda: prune.PruningContainer(prune.Identity()).add_pruning_method(3)
    yield lambda: prune.RandomUnstructured(amount=-1)
    yield lambda: prune.global_unstructured(((m, "weight") for m in [nn.Linear(2, 2)]),
                                            pruning_method=prune.L1Unstructured, amount=1)
    yield lambda: prune.global_unstructured([], pruning_method=prune.L1Unstructured, amount=1)
    yield lambda: prune.L1Unstructured(amount=0.5).prune(torch.ones(2), importance_scores=torch.ones(3))

for attempt in attempts():
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
lin2 = nn.Linear(2, 2)
try:
    prune.l1_unstructured(lin2, "weight", amount=9)
except ValueError as e:
    print([n for n, _ in lin2.named_parameters()], [n for n, _ in lin2.named_buffers()])
