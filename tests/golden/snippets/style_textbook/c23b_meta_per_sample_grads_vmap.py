import torch
from torch import nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(7)
model = nn.Linear(3, 1)
params = {k: v.detach() for k, v in model.named_parameters()}
def loss_one(p, x, y):
    pred = functional_call(model, p, (x.unsqueeze(0),))
    return ((pred.squeeze() - y) ** 2)
xs = torch.randn(4, 3)
ys = torch.randn(4)
per = vmap(grad(loss_one), in_dims=(None, 0, 0))(params, xs, ys)
print({k: tuple(v.shape) for k, v in per.items()})
model.zero_grad()
loss = ((model(xs).squeeze(1) - ys) ** 2).sum()
loss.backward()
print(torch.allclose(per["weight"].sum(0), model.weight.grad, atol=1e-6))
print(torch.allclose(per["bias"].sum(0), model.bias.grad, atol=1e-6))
