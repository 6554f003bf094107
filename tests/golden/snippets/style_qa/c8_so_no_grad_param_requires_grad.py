# Q: inside torch.no_grad(), do new tensors and parameters still require grad? And enable_grad inside it.
import torch
import torch.nn as nn

w = torch.ones(2, requires_grad=True)
with torch.no_grad():
    y = w * 2
    layer = nn.Linear(2, 2)
    z = torch.zeros(2, requires_grad=True)
    with torch.enable_grad():
        q = w * 3
print(y.requires_grad, layer.weight.requires_grad, z.requires_grad, q.requires_grad)
print(layer(w).requires_grad, layer(w).grad_fn.name())

@torch.no_grad()
def evaluate(t):
    return t * 5

@torch.enable_grad()
def train_step(t):
    return t * 5

print(evaluate(w).requires_grad, train_step(w).requires_grad)
with torch.no_grad():
    print(train_step(w).requires_grad)
print(torch.no_grad(), type(torch.enable_grad()).__name__)
prev = torch.is_grad_enabled()
torch.set_grad_enabled(False)
print((w * 2).requires_grad)
torch.set_grad_enabled(prev)
print((w * 2).requires_grad)
