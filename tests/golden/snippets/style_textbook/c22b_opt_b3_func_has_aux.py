import torch
from torch.func import grad_and_value, jacfwd, vjp


def loss_with_stats(w, x):
    pred = x @ w
    loss = pred.pow(2).mean()
    return loss, {"mean_pred": pred.mean()}


torch.manual_seed(41)
w = torch.randn(3)
x = torch.randn(4, 3)
(g, (val, aux)) = grad_and_value(loss_with_stats, has_aux=True)(w, x)
print(g, val, aux["mean_pred"])
print(jacfwd(torch.sin)(torch.tensor([0.0, 1.0])))
out, pullback = vjp(lambda v: v ** 2, torch.tensor([1.0, 3.0]))
print(out, pullback(torch.tensor([1.0, 1.0])))
