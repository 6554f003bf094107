# Section 8.15: median vs quantile 0.5 and their indices
import torch

x = torch.tensor([[5.0, 3.0, 1.0, 4.0], [2.0, 2.0, 8.0, 0.0]])
print(x.median(dim=1))
print(x.quantile(0.5, dim=1))
print(x.quantile(0.5, dim=1, interpolation="lower"), x.quantile(0.5, dim=1, interpolation="higher"))
print(x.flatten().median(), x.nanmedian(dim=0).values)
