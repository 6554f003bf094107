# control task: the same probe on shuffled labels to check selectivity
import torch
from torch import nn

torch.manual_seed(4)
H = torch.randn(80, 5)
y = (H[:, 0] > 0).long()
g = torch.Generator().manual_seed(0)
y_ctrl = y[torch.randperm(80, generator=g)]
def fit(labels):
    probe = nn.Linear(5, 2)
    opt = torch.optim.SGD(probe.parameters(), lr=1.0)
    for _ in range(100):
        opt.zero_grad()
        nn.functional.cross_entropy(probe(H), labels).backward()
        opt.step()
    return (probe(H).argmax(1) == labels).float().mean().item()
real, ctrl = fit(y), fit(y_ctrl)
print("real", real, "control", ctrl, "selectivity", round(real - ctrl, 4))
print(y.bincount(), y_ctrl.bincount())
