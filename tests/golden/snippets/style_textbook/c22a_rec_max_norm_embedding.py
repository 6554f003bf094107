import torch
import torch.nn as nn

torch.manual_seed(12)
item_table = nn.Embedding(5, 4, max_norm=0.5, norm_type=2.0)
norms_before = item_table.weight.detach().norm(dim=1)
looked_up = item_table(torch.tensor([[1, 3], [3, 4]]))
norms_after = item_table.weight.detach().norm(dim=1)
print(norms_before > 0.5)
print(looked_up.norm(dim=-1) <= 0.5 + 1e-6)
print(torch.isclose(norms_before, norms_after))
