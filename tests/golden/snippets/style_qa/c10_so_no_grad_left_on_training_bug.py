# Q: my training loop says "element 0 of tensors does not require grad" - a leftover torch.no_grad / set_grad_enabled.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(4, 3), torch.randn(4, 1)
torch.set_grad_enabled(False)
loss = nn.functional.mse_loss(model(x), y)
print(loss.requires_grad, loss.grad_fn, torch.is_grad_enabled())
try:
    loss.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
torch.set_grad_enabled(True)
loss = nn.functional.mse_loss(model(x), y)
loss.backward()
print(loss.grad_fn, model.bias.grad)

@torch.no_grad()
def evaluate(m):
    return m(x).sum()

print(evaluate(model).requires_grad, torch.is_grad_enabled())
with torch.no_grad():
    with torch.enable_grad():
        z = model(x).sum()
print(z.requires_grad)
with torch.set_grad_enabled(False):
    print(model(x).requires_grad)
print(torch.is_grad_enabled())
