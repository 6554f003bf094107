# Per-feature scales kept in an nn.ParameterDict, trained to match targets
import torch
from torch import nn

class Scaler(nn.Module):
    def __init__(self, names):
        super().__init__()
        self.scales = nn.ParameterDict({n: nn.Parameter(torch.ones(1)) for n in names})
    def forward(self, feats):
        return torch.cat([self.scales[n] * feats[n] for n in self.scales], dim=1)

torch.manual_seed(2)
m = Scaler(["age", "height"])
print(m)
feats = {"age": torch.randn(5, 1), "height": torch.randn(5, 1)}
target = torch.cat([2 * feats["age"], -feats["height"]], dim=1)
opt = torch.optim.SGD(m.parameters(), lr=0.3)
for _ in range(30):
    opt.zero_grad(); ((m(feats) - target) ** 2).mean().backward(); opt.step()
print({k: round(v.item(), 3) for k, v in m.scales.items()}, list(m.state_dict()))
