# VQ-VAE: nearest codebook entry and the straight-through estimator
import torch

codebook = torch.tensor([[0., 0.], [1., 1.], [-1., 2.]])
z_e = torch.tensor([[0.2, 0.1], [0.9, 1.4], [-0.8, 1.5], [5.0, 5.0]], requires_grad=True)
d = (z_e.unsqueeze(1) - codebook.unsqueeze(0)).pow(2).sum(-1)
idx = d.argmin(dim=1)
print(idx)
z_q = codebook[idx]
z_st = z_e + (z_q - z_e).detach()
print(z_st)
z_st.sum().backward()
print(z_e.grad)
commit = torch.nn.functional.mse_loss(z_e, z_q.detach())
print(commit)
print(torch.nn.functional.one_hot(idx, 3))
