# Global magnitude pruning across layers and the resulting per-layer sparsity
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

torch.manual_seed(3)
model = nn.Sequential(nn.Linear(6, 5), nn.ReLU(), nn.Linear(5, 2))
params = [(model[0], "weight"), (model[2], "weight")]
prune.global_unstructured(params, pruning_method=prune.L1Unstructured, amount=0.4)
for i in (0, 2):
    w = model[i].weight
    print(i, f"{100. * float((w == 0).sum()) / w.nelement():.2f}%")
total_zero = sum(int((m.weight == 0).sum()) for m, _ in params)
total = sum(m.weight.nelement() for m, _ in params)
print(total_zero, total, round(total_zero / total, 2))
