# Quiz C12: tying two layers' weights
import torch
import torch.nn as nn


class SharedLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(5, 3)
        self.out = nn.Linear(3, 5, bias=False)
        self.out.weight = self.emb.weight


lm = SharedLM()
print(lm.out.weight is lm.emb.weight)
print(len(list(lm.parameters())), list(lm.state_dict().keys()))
print(sum(q.numel() for q in lm.parameters()))
