# Quiz C12: tying two layers' weights
import torch
import torch.nn as nn


class Tied(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(5, 3)
        self.out = nn.Linear(3, 5, bias=False)
        self.out.weight = self.emb.weight


m = Tied()
print(m.out.weight is m.emb.weight)
print(len(list(m.parameters())), list(m.state_dict().keys()))
print(sum(p.numel() for p in m.parameters()))
