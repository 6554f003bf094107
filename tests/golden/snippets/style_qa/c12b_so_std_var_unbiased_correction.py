# Q: why does torch.std differ from numpy.std? unbiased vs correction, and var_mean/std_mean values.
import numpy as np
import torch

x = torch.tensor([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
print(x.std(), x.std(unbiased=False), x.std(correction=0), float(np.std(x.numpy())))
print(x.var(), x.var(correction=2), torch.var_mean(x), torch.std_mean(x, correction=0))
m = torch.arange(12.).view(3, 4) ** 1.5
print(m.std(0), m.std(1, keepdim=True), m.var(dim=(0, 1)))
print(torch.tensor([1.0]).std(), torch.tensor([1.0]).var(correction=0))
print(torch.randn(100, generator=torch.Generator().manual_seed(0)).std())
print(torch.tensor([1, 2, 3]).float().std(), m.std(), m.mean(), m.median(), m.quantile(0.3))
