# A gradient penalty: torch.autograd.grad with create_graph=True, then backward through the gradient norm.
import torch
from torch import nn

torch.manual_seed(17)
critic = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1))
real = torch.randn(4, 3)
fake = torch.randn(4, 3)
alpha = torch.rand(4, 1)
interp = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
out = critic(interp)
grads = torch.autograd.grad(outputs=out, inputs=interp, grad_outputs=torch.ones_like(out),
                            create_graph=True, retain_graph=True)[0]
print(grads.shape, grads.requires_grad, grads.grad_fn is not None)
penalty = ((grads.norm(2, dim=1) - 1) ** 2).mean()
print(penalty)
loss = critic(fake).mean() - critic(real).mean() + 10 * penalty
loss.backward()
print(critic[0].weight.grad.shape, critic[2].bias.grad)
x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
(dy,) = torch.autograd.grad(y, x, create_graph=True)
(d2y,) = torch.autograd.grad(dy, x)
print(dy, d2y)
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(".")[0])
