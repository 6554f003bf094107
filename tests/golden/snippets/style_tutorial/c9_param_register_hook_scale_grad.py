# Hooks on parameters: scale one layer's gradient, log gradient norms, and remove the hook.
import torch
import torch.nn as nn

torch.manual_seed(5)
model = nn.Sequential(nn.Linear(3, 3), nn.Tanh(), nn.Linear(3, 1))
norms = {}

def make_logger(name):
    def hook(grad):
        norms[name] = round(grad.norm().item(), 5)
    return hook

handles = [p.register_hook(make_logger(n)) for n, p in model.named_parameters()]
scale = model[0].weight.register_hook(lambda g: g * 10)
x = torch.randn(4, 3)
model(x).sum().backward()
print(norms)
print(model[0].weight.grad)
scale.remove()
model.zero_grad()
model(x).sum().backward()
print(model[0].weight.grad)
for h in handles:
    h.remove()
norms.clear()
model(x).sum().backward()
print(norms)

h = torch.ones(2, requires_grad=True)
y = h * 3
y.register_hook(lambda g: print("grad reaching y:", g))
y.retain_grad()
(y ** 2).sum().backward()
print(y.grad, h.grad)
try:
    torch.ones(2).register_hook(lambda g: g)
except RuntimeError as e:
    print("RuntimeError:", e)
