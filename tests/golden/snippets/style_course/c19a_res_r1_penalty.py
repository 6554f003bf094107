# R1 regularisation (StyleGAN): squared gradient norm of D on real data only
import torch
import torch.nn.functional as F
torch.manual_seed(73)
D = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.LeakyReLU(0.2), torch.nn.Linear(8, 1))
real = torch.randn(6, 2).requires_grad_(True)
logits = D(real)
loss_real = F.softplus(-logits).mean()
(grad_real,) = torch.autograd.grad(outputs=logits.sum(), inputs=real, create_graph=True)
r1 = grad_real.pow(2).reshape(grad_real.shape[0], -1).sum(1).mean()
(loss_real + 5.0 * r1).backward()
print(loss_real.item(), r1.item())
print(D[2].bias.grad)
