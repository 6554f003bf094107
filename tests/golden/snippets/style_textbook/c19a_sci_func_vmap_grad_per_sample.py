# per-sample gradients with vmap(grad(...)) and functional_call
import torch
from torch.func import functional_call, grad, vmap
torch.manual_seed(5)
model = torch.nn.Linear(3, 1)
params = {k: v.detach() for k, v in model.named_parameters()}
def loss_fn(p, x, y):
    pred = functional_call(model, p, (x.unsqueeze(0),))
    return ((pred.squeeze() - y) ** 2)
X = torch.randn(4, 3)
Y = torch.randn(4)
g = vmap(grad(loss_fn), in_dims=(None, 0, 0))(params, X, Y)
print({k: tuple(v.shape) for k, v in g.items()})
print(g["bias"].squeeze())
print(torch.allclose(g["weight"].mean(0), torch.func.grad(lambda p: torch.stack([loss_fn(p, X[i], Y[i]) for i in range(4)]).mean())(params)["weight"]))
