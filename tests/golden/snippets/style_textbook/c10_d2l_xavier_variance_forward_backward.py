# Why Xavier init: the variance of activations and gradients through a deep linear stack, normal vs xavier.
import torch
from torch import nn

def stack_stats(init, depth=6, width=64, seed=0):
    torch.manual_seed(seed)
    layers = [nn.Linear(width, width, bias=False) for _ in range(depth)]
    for l in layers:
        init(l.weight)
    x = torch.randn(128, width, requires_grad=True)
    h = x
    variances = []
    for l in layers:
        h = l(h)
        variances.append(round(h.var().item(), 3))
    h.sum().backward()
    return variances, round(x.grad.var().item(), 3)

print(stack_stats(lambda w: nn.init.normal_(w, std=1.0)))
print(stack_stats(lambda w: nn.init.normal_(w, std=0.01)))
print(stack_stats(nn.init.xavier_normal_))
print(stack_stats(lambda w: nn.init.kaiming_normal_(w, nonlinearity="linear")))
w = torch.empty(200, 300)
nn.init.xavier_uniform_(w)
print(round(w.var().item(), 5), 2 / (200 + 300))
print(nn.init.calculate_gain("tanh"), nn.init.calculate_gain("relu"), nn.init.calculate_gain("leaky_relu", 0.2))
torch.manual_seed(1)
print(nn.init.xavier_uniform_(torch.empty(2, 3), gain=nn.init.calculate_gain("relu")))
print(nn.init.trunc_normal_(torch.empty(5), std=1.0, a=-0.5, b=0.5).abs().max() <= 0.5)
