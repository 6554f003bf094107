# VQ-VAE codebook lookup with straight-through gradients and commitment loss
import torch
import torch.nn.functional as F
torch.manual_seed(30)
codebook = torch.nn.Embedding(4, 2)
z_e = torch.randn(3, 2, requires_grad=True)
d = torch.cdist(z_e, codebook.weight)
idx = d.argmin(dim=1)
z_q = codebook(idx)
commit = F.mse_loss(z_e, z_q.detach())
embed = F.mse_loss(z_q, z_e.detach())
z_st = z_e + (z_q - z_e).detach()
(z_st.sum() + embed + 0.25 * commit).backward()
print(idx)
print(z_e.grad)
print(codebook.weight.grad)
