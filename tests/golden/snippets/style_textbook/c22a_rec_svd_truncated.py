import torch

R = torch.tensor([[5., 4., 0., 1.], [4., 5., 0., 0.], [0., 1., 5., 4.], [1., 0., 4., 5.]])
U, S, Vh = torch.linalg.svd(R)
print(S.round(decimals=3))
k = 2
approx = U[:, :k] @ torch.diag(S[:k]) @ Vh[:k]
print(approx.round(decimals=2).abs())
print(round(torch.linalg.norm(R - approx).item(), 3))
