# Issue: "optimizer doesn't update my heads" — heads kept in a dict attribute instead of ModuleDict.
import torch
import torch.nn as nn

class MultiHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.trunk = nn.Linear(3, 4)
        self.heads = {"cls": nn.Linear(4, 2), "reg": nn.Linear(4, 1)}

    def forward(self, x):
        h = self.trunk(x)
        return {k: head(h) for k, head in self.heads.items()}

model = MultiHead()
print(sum(p.numel() for p in model.parameters()), list(dict(model.named_children())))
model.heads = nn.ModuleDict(model.heads)
print(sum(p.numel() for p in model.parameters()), list(dict(model.named_children())))
print({k: tuple(v.shape) for k, v in model(torch.zeros(1, 3)).items()})
