# Small arguments: log(1+x) and exp(x)-1 versus log1p and expm1
import torch

x = torch.tensor([1e-3, 1e-5, 1e-7, 1e-9])
print("log(1+x):", torch.log(1 + x))
print("log1p(x):", torch.log1p(x))
print("exp(x)-1:", torch.exp(x) - 1)
print("expm1(x):", torch.expm1(x))
print("relative error of log:", ((torch.log(1 + x) - torch.log1p(x)) / torch.log1p(x)).abs())
