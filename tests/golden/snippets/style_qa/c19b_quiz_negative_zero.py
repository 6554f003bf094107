# Quiz 14: -0.0
import torch

z = torch.tensor([0.0, -0.0])
print(z)
print(z[0] == z[1])
print(torch.equal(z[:1], z[1:]))
print(1 / z)
print(torch.signbit(z))
print(torch.sign(z), z.abs())
print(-torch.tensor(0.0))
print(torch.tensor(-0.0).item())
