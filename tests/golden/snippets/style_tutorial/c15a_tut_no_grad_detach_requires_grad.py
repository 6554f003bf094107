# Autograd tutorial: three ways to stop tracking (no_grad, detach, set_grad_enabled) and freezing a weight
import torch

torch.manual_seed(0)
inputs = torch.full((4,), 0.5)
weight = torch.randn(4, 2, requires_grad=True)
bias = torch.randn(2, requires_grad=True)
logits = inputs @ weight + bias
print("tracked:", logits.requires_grad, logits.grad_fn)
with torch.no_grad():
    logits = inputs @ weight + bias
print("under no_grad:", logits.requires_grad, logits.grad_fn)
frozen = (inputs @ weight + bias).detach()
print("detached:", frozen.requires_grad, frozen.is_leaf, frozen.grad_fn)
@torch.no_grad()
def infer(v):
    return v @ weight
print(infer(inputs).requires_grad, torch.is_grad_enabled())
torch.set_grad_enabled(False)
print((weight + 1).requires_grad)
torch.set_grad_enabled(True)
weight.requires_grad_(False)
print((inputs @ weight + bias).requires_grad, (inputs @ weight).requires_grad)
