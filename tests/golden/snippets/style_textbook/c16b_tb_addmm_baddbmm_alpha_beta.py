# Fused multiply-add forms: beta * input + alpha * (m1 @ m2).
import torch

bias = torch.tensor([1.0, -1.0])
m1 = torch.tensor([[1.0, 2.0, 3.0], [0.0, 1.0, 0.5]])
m2 = torch.tensor([[1.0, 0.0], [0.0, 1.0], [2.0, 2.0]])
print(torch.addmm(bias, m1, m2))
print(torch.addmm(bias, m1, m2, beta=0.5, alpha=2.0))
print(torch.addmv(bias, m1.T[:2], torch.tensor([1.0, 1.0])))
b = torch.baddbmm(torch.zeros(2, 2, 2), m1[None].expand(2, 2, 3), m2[None].expand(2, 3, 2), alpha=-1)
print(b)
print(torch.addr(torch.zeros(2, 3), bias, torch.tensor([1.0, 2.0, 3.0])))
