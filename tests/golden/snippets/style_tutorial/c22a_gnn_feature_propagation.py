import torch

A = torch.tensor([[1., 1., 0.], [1., 1., 1.], [0., 1., 1.]])
A = A / A.sum(1, keepdim=True)
x = torch.tensor([[1.0], [0.0], [0.0]])
for k in range(4):
    x = A @ x
    print(k, x.squeeze().tolist())
print(torch.round(x, decimals=3))
