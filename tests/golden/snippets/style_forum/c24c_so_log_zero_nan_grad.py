# Q: loss becomes nan -- log(0) in my cross entropy
import torch

p = torch.tensor([0.0, 0.5, 1.0], requires_grad=True)
y = torch.tensor([0.0, 1.0, 1.0])
loss = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
print(loss)
loss.backward()
print(p.grad)
p2 = torch.tensor([0.0, 0.5, 1.0], requires_grad=True)
eps = 1e-7
loss2 = -(y * torch.log(p2.clamp(eps, 1 - eps)) + (1 - y) * torch.log((1 - p2).clamp(eps, 1))).mean()
print(torch.isfinite(loss2).item())
