# conditional VAE: concatenate a one-hot label to encoder and decoder inputs
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(27)
y = torch.tensor([0, 2, 1])
c = F.one_hot(y, 3).float()
x = torch.rand(3, 4)
enc = nn.Linear(4 + 3, 2 * 2)
dec = nn.Linear(2 + 3, 4)
mu, logvar = enc(torch.cat([x, c], 1)).split(2, dim=1)
z = mu + torch.randn_like(mu) * (0.5 * logvar).exp()
out = torch.sigmoid(dec(torch.cat([z, c], dim=1)))
print(c)
print(out.shape, out.grad_fn)
loss = F.binary_cross_entropy(out, x)
print(loss)
