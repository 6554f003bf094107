# Prune every conv and linear, make it permanent, and report global sparsity
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

torch.manual_seed(36)
net = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 4 * 4, 3))
for m in net.modules():
    if isinstance(m, (nn.Conv2d, nn.Linear)):
        prune.l1_unstructured(m, "weight", amount=0.6)
        prune.remove(m, "weight")
zeros = sum(int((m.weight == 0).sum()) for m in net.modules() if hasattr(m, "weight"))
total = sum(m.weight.numel() for m in net.modules() if hasattr(m, "weight"))
print(zeros, total, f"{zeros / total:.2%}")
print(list(net.state_dict().keys()))
