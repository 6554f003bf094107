# VAE loss = BCE(reduction='sum') + KL, and the warning-free way to write it
import torch
import torch.nn.functional as F

x = torch.tensor([[0.0, 1.0, 1.0, 0.0], [1.0, 1.0, 0.0, 0.0]])
recon = torch.tensor([[0.1, 0.8, 0.7, 0.2], [0.6, 0.9, 0.1, 0.3]], requires_grad=True)
mu = torch.tensor([[0.2, -0.1], [0.0, 0.4]])
logvar = torch.tensor([[-0.2, 0.1], [0.0, -0.5]])
bce = F.binary_cross_entropy(recon, x, reduction="sum")
kld = -0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp())
loss = bce + kld
print(bce, kld, loss)
loss.backward()
print(recon.grad)
try:
    F.binary_cross_entropy(recon, x.long())
except RuntimeError as e:
    print("RuntimeError:", e)
