# heterogeneous graph features kept in a dict, ModuleDict per node type
import torch
import torch.nn as nn

torch.manual_seed(51)
feats = {"user": torch.randn(3, 4), "item": torch.randn(5, 2)}
proj = nn.ModuleDict({"user": nn.Linear(4, 3), "item": nn.Linear(2, 3)})
print(proj)
h = {k: proj[k](v) for k, v in feats.items()}
print({k: tuple(v.shape) for k, v in h.items()})
ei = torch.tensor([[0, 1, 2, 2], [4, 0, 1, 4]])
msg = torch.zeros(5, 3).index_add(0, ei[1], h["user"][ei[0]])
print(msg.shape, torch.count_nonzero(msg.abs().sum(1)))
print(list(proj.keys()))
