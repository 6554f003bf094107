# Autograd mechanics: which tensors are leaves, requires_grad propagation and freezing a sub-module.
import torch
from torch import nn, optim

torch.manual_seed(5)
a = torch.rand(3, requires_grad=True)
b = torch.rand(3, requires_grad=True).cuda() if torch.cuda.is_available() else torch.rand(3, requires_grad=True) * 2
c = torch.rand(3)
d = a + c
print(a.is_leaf, b.is_leaf, c.is_leaf, d.is_leaf)
print(a.requires_grad, c.requires_grad, d.requires_grad, (c * 2).requires_grad)
e = torch.rand(2, requires_grad=True).double()
print(e.is_leaf, e.grad_fn)
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
for param in model[0].parameters():
    param.requires_grad = False
print([p.requires_grad for p in model.parameters()])
optimizer = optim.SGD(filter(lambda p: p.requires_grad, model.parameters()), lr=1e-2, momentum=0.9)
print(len(optimizer.param_groups[0]["params"]))
out = model(torch.rand(5, 4)).sum()
out.backward()
print(model[0].weight.grad, model[2].bias.grad)
x = torch.randn(2, 2, requires_grad=True)
with torch.set_grad_enabled(False):
    y = x * 2
print(y.requires_grad, torch.is_grad_enabled())
torch.set_grad_enabled(False)
print((x * 2).requires_grad)
torch.set_grad_enabled(True)
with torch.inference_mode():
    z = x * 3
print(z.requires_grad, z.is_inference())
