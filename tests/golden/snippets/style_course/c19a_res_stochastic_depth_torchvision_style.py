# 'row' vs 'batch' stochastic depth with a bernoulli mask
import torch
def stochastic_depth(x, p, mode, training=True):
    if not training or p == 0:
        return x
    size = [x.shape[0]] + [1] * (x.ndim - 1) if mode == "row" else [1] * x.ndim
    noise = torch.empty(size, dtype=x.dtype).bernoulli_(1 - p)
    return x * noise.div_(1 - p)
torch.manual_seed(25)
x = torch.arange(8.0).reshape(4, 2)
print(stochastic_depth(x, 0.25, "row"))
print(stochastic_depth(x, 0.25, "batch"))
print(stochastic_depth(x, 0.25, "row", training=False))
