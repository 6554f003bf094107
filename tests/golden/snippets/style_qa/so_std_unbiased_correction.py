# Q: why does torch.std differ from numpy.std? Bessel's correction and correction=0.
import numpy as np
import torch

x = torch.tensor([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
print(x.std(), np.std(x.numpy()))
print(x.std(unbiased=False), x.std(correction=0))
print(torch.var(x), torch.var(x, correction=0))
print(torch.std_mean(x))
print(torch.var_mean(x, correction=0))
m = x.view(2, 4)
print(m.std(dim=1), m.std(dim=0, keepdim=True))
print(torch.tensor([1.0]).std())
