# Autograder for "freeze the first layer"
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 1))
# --- student code ---
for p in model[0].parameters():
    p.requires_grad = False
# --- checks ---
frozen = [n for n, p in model.named_parameters() if not p.requires_grad]
print("frozen:", frozen)
model(torch.randn(2, 3)).sum().backward()
assert model[0].weight.grad is None
assert model[2].weight.grad is not None
print("test_freeze: PASS", model[2].weight.grad.shape)
