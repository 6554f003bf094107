# Exercise: given two vectors X and Y, construct the Cauchy matrix C (Cij = 1/(xi - yj))
import torch

X = torch.arange(8, dtype=torch.float64)
Y = X + 0.5
C = 1.0 / (X.unsqueeze(1) - Y.unsqueeze(0))
print(C[:3, :3])
print(torch.linalg.det(C))
