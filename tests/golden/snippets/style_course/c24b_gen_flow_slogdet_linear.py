# invertible linear flow: log|det W| via slogdet vs logdet
import torch

W = torch.tensor([[2.0, 1.0], [0.5, -1.5]], dtype=torch.float64)
sign, logabs = torch.linalg.slogdet(W)
print(sign, logabs.round(decimals=6))
print(torch.logdet(W))
print(torch.logdet(W.abs()).round(decimals=6))
res = torch.slogdet(W)
print(type(res).__name__, res.sign)
print(torch.det(W).round(decimals=6))
