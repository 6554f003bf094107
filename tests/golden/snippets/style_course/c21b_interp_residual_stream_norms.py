# track the residual stream norm through a stack of pre-norm blocks
import torch
from torch import nn

torch.manual_seed(7)
d = 6
blocks = nn.ModuleList(nn.Sequential(nn.LayerNorm(d), nn.Linear(d, 2 * d), nn.GELU(), nn.Linear(2 * d, d)) for _ in range(4))
x = torch.randn(2, 3, d)
norms = [x.norm(dim=-1).mean().item()]
with torch.no_grad():
    for blk in blocks:
        x = x + blk(x)
        norms.append(x.norm(dim=-1).mean().item())
print([round(n, 4) for n in norms])
print(torch.tensor(norms).diff())
