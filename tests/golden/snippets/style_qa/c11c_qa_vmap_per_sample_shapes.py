# Q: per-sample gradients of a linear model with torch.func - what shapes come out?
import torch
from torch.func import functional_call, grad, vmap

torch.manual_seed(2)
model = torch.nn.Linear(3, 2)
params = {k: v.detach() for k, v in model.named_parameters()}
X = torch.randn(4, 3)
T = torch.randn(4, 2)

def loss_fn(params, x, t):
    out = functional_call(model, params, (x.unsqueeze(0),))
    return ((out - t.unsqueeze(0)) ** 2).mean()

per = vmap(grad(loss_fn), in_dims=(None, 0, 0))(params, X, T)
for k, v in per.items():
    print(k, tuple(v.shape))
print(per["bias"])
model.zero_grad()
((model(X) - T) ** 2).mean(1).sum().backward()
print(model.bias.grad)
print(torch.allclose(per["bias"].sum(0), model.bias.grad))
