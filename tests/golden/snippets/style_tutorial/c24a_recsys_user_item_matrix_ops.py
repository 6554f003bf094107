# Densifying a small rating matrix: mean-centring with missing entries
import torch

R = torch.tensor([[5.0, 0.0, 3.0], [0.0, 4.0, 0.0], [1.0, 1.0, 0.0]])
observed = R > 0
counts = observed.sum(1)
means = R.sum(1) / counts
print(counts, means)
centred = torch.where(observed, R - means.unsqueeze(1), torch.zeros(()))
print(centred)
nanR = R.masked_fill(~observed, float('nan'))
print(nanR)
print(torch.nanmean(nanR, dim=1))
print(torch.nansum(nanR, dim=0))
