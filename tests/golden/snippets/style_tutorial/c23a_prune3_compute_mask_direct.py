# Calling a pruning method's compute_mask directly on a tensor
import torch
import torch.nn.utils.prune as prune

t = torch.tensor([[0.5, -0.1, 0.3], [0.05, 0.9, -0.4]])
m = prune.L1Unstructured(amount=0.5).compute_mask(t, default_mask=torch.ones_like(t))
print(m)
m2 = prune.LnStructured(amount=1, n=2, dim=0).compute_mask(t, torch.ones_like(t))
print(m2)
print(prune.L1Unstructured(amount=0).compute_mask(t, torch.ones_like(t)))
print(prune.L1Unstructured.PRUNING_TYPE, prune.LnStructured.PRUNING_TYPE)
