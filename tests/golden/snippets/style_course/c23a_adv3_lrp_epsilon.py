# Layer-wise relevance propagation (epsilon rule) through one ReLU layer, by hand
import torch

W1 = torch.tensor([[1.0, -1.0], [0.5, 2.0], [-1.0, 0.5]])
W2 = torch.tensor([[1.0, 1.0, -0.5]])
x = torch.tensor([1.0, 0.5])
a1 = torch.relu(W1 @ x)
out = W2 @ a1
eps = 1e-6
z2 = W2 * a1
R1 = (z2 / (z2.sum(1, keepdim=True) + eps) * out[:, None]).sum(0)
z1 = W1 * x
R0 = (z1 / (z1.sum(1, keepdim=True) + eps) * R1[:, None]).sum(0)
print(a1, out)
print(R1.round(decimals=4), R0.round(decimals=4))
print(round(R0.sum().item(), 4), round(out.item(), 4))
