# dropout on messages only in training: F.dropout with training=self.training
import torch
import torch.nn as nn
import torch.nn.functional as F

class Conv(nn.Module):
    def forward(self, x, ei):
        msg = F.dropout(x[ei[0]], p=0.5, training=self.training)
        return torch.zeros_like(x).index_add(0, ei[1], msg)

torch.manual_seed(134)
conv = Conv()
x = torch.ones(3, 2)
ei = torch.tensor([[0, 1, 2], [1, 2, 0]])
print(conv(x, ei))
conv.eval()
print(conv(x, ei))
