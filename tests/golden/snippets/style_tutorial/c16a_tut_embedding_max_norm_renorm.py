# Embedding with max_norm renormalises looked-up rows in place
import torch
from torch import nn

torch.manual_seed(1688)
table = nn.Embedding(5, 3, max_norm=1.0, norm_type=2.0)
before = table.weight.detach().norm(dim=1)
print("norms before", before)
looked_up = table(torch.tensor([[0, 2], [2, 4]]))
after = table.weight.detach().norm(dim=1)
print("norms after", after)
print(looked_up.norm(dim=-1))
print(table)
freq = nn.Embedding(4, 2, scale_grad_by_freq=True)
freq(torch.tensor([1, 1, 3])).sum().backward()
print("scaled", freq.weight.grad)
