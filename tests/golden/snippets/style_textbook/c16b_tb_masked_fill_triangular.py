# masked_fill with a broadcast mask.
import torch

scores = torch.arange(16.0).view(4, 4) / 4
mask = torch.triu(torch.ones(4, 4, dtype=torch.bool), diagonal=1)
print(mask)
filled = scores.masked_fill(mask, float('-inf'))
print(filled)
print(torch.softmax(filled, dim=-1))
col_mask = torch.tensor([False, True, False, True])
print(scores.masked_fill(col_mask, 0.0)[0])
