# Exercise: replace NaNs by the column mean
import torch

X = torch.tensor([[1., float('nan'), 3.], [4., 5., float('nan')], [7., 8., 9.]])
col_mean = torch.nanmean(X, dim=0)
print(col_mean)
X = torch.where(torch.isnan(X), col_mean.expand_as(X), X)
print(X)
print(torch.isnan(X).any())
