# VAE loss = reconstruction BCE (sum) + KL(q(z|x) || N(0, I)) in the closed form
import torch
import torch.nn.functional as F

x = torch.tensor([[0.0, 1.0, 1.0, 0.0], [1.0, 1.0, 0.0, 0.0]])
recon = torch.tensor([[0.1, 0.8, 0.7, 0.2], [0.6, 0.9, 0.3, 0.1]])
mu = torch.tensor([[0.2, -0.1], [0.5, 0.0]])
logvar = torch.tensor([[-0.2, 0.1], [0.0, -1.0]])
bce = F.binary_cross_entropy(recon, x, reduction="sum")
kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
print(round(bce.item(), 4), round(kld.item(), 4))
print(round((bce + kld).item() / x.shape[0], 4))
print(F.binary_cross_entropy(recon, x), F.binary_cross_entropy(recon, x, reduction="none").shape)
