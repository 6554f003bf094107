import torch
from torch.func import grad, vmap

def loss(params, x, y):
    pred = params["a"] * x + params["b"]
    return ((pred - y) ** 2).mean()

params = {"a": torch.tensor(1.0), "b": torch.tensor(0.0)}
xs = torch.tensor([[0.0, 1.0, 2.0], [1.0, 2.0, 3.0]])
ys = torch.tensor([[1.0, 3.0, 5.0], [0.0, 0.0, 0.0]])
g = vmap(grad(loss), in_dims=(None, 0, 0))(params, xs, ys)
print(g)
try:
    vmap(grad(loss), in_dims=(None, 0))(params, xs, ys)
except Exception as e:
    print(type(e).__name__, str(e)[:100])
