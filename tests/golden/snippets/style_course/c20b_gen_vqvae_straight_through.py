# VQ-VAE quantisation with the straight-through estimator
import torch

torch.manual_seed(56)
codebook = torch.randn(4, 2, requires_grad=True)
z_e = torch.randn(3, 2, requires_grad=True)
d = torch.cdist(z_e, codebook)
idx = d.argmin(dim=1)
z_q = codebook[idx]
commit = ((z_e - z_q.detach()) ** 2).mean()
embed = ((z_q - z_e.detach()) ** 2).mean()
z_st = z_e + (z_q - z_e).detach()
(z_st.sum() + embed + 0.25 * commit).backward()
print(idx)
print(z_e.grad)
print(codebook.grad)
