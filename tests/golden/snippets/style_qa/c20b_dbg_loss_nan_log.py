# NaN loss when computing BCE by hand
import torch

p = torch.tensor([0.0, 0.5, 1.0], requires_grad=True)
y = torch.tensor([0.0, 1.0, 1.0])
loss = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
print(loss)
loss.backward()
print(p.grad)
eps = 1e-7
q = p.detach().clamp(eps, 1 - eps).requires_grad_()
loss = -(y * q.log() + (1 - y) * (1 - q).log()).mean()
print(loss)
