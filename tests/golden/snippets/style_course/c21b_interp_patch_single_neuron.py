# patch one neuron at a time and measure how much of the logit difference is restored
import torch
from torch import nn

torch.manual_seed(4)
mlp = nn.Sequential(nn.Linear(3, 5), nn.ReLU(), nn.Linear(5, 1))
clean, corrupt = torch.tensor([[1.0, 2.0, -0.5]]), torch.tensor([[0.0, -1.0, 1.0]])
with torch.no_grad():
    h_clean = mlp[1](mlp[0](clean))
    base = mlp(corrupt).item()
    target = mlp(clean).item()
    for j in range(5):
        def patch(m, i, o, j=j):
            o = o.clone()
            o[:, j] = h_clean[:, j]
            return o
        hd = mlp[1].register_forward_hook(patch)
        val = mlp(corrupt).item()
        hd.remove()
        frac = (val - base) / (target - base)
        print(j, f"{val:.4f}", f"{frac:.3f}")
