# last batch is empty after filtering: mean of nothing is nan
import torch

losses = torch.tensor([0.5, 0.7, 0.2])
keep = losses > 1.0
print(losses[keep], losses[keep].mean())
print(losses[keep].sum())
print(torch.nan_to_num(losses[keep].mean()))
