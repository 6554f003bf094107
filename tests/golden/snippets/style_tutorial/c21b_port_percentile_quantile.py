# np.percentile / np.median vs torch.quantile / median (lower median!)
import numpy as np
import torch

d = torch.tensor([4.0, 1.0, 3.0, 2.0])
print(np.median(d.numpy()), torch.median(d), d.nanmedian())
print(np.percentile(d.numpy(), [25, 50, 90]))
print(torch.quantile(d, torch.tensor([0.25, 0.5, 0.9])))
print(torch.quantile(d, 0.5, interpolation="lower"))
m = torch.tensor([[1.0, 5.0, 2.0], [7.0, 0.0, 3.0]])
print(m.median(dim=1))
print(torch.quantile(m, 0.5, dim=1, keepdim=True))
