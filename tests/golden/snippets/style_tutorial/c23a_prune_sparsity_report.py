# Sparsity report after pruning every Linear in a model
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

torch.manual_seed(6)
model = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Linear(8, 4), nn.ReLU(), nn.Linear(4, 1))
for name, module in model.named_modules():
    if isinstance(module, nn.Linear):
        prune.l1_unstructured(module, name="weight", amount=0.2 if name == "0" else 0.5)
for name, module in model.named_modules():
    if isinstance(module, nn.Linear):
        zeros = torch.sum(module.weight == 0).item()
        print(f"layer {name}: {zeros}/{module.weight.nelement()} zeros")
print(dict(model.named_buffers()).keys())
