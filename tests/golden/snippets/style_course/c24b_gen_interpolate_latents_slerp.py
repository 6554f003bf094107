# latent interpolation: lerp and slerp between two codes
import torch

z0 = torch.tensor([1.0, 0.0, 0.0])
z1 = torch.tensor([0.0, 1.0, 0.0])
ts = torch.linspace(0, 1, 5)
lin = torch.stack([torch.lerp(z0, z1, t) for t in ts])
print(lin)
omega = torch.acos((z0 / z0.norm()).dot(z1 / z1.norm()))
slerp = torch.stack([(torch.sin((1 - t) * omega) * z0 + torch.sin(t * omega) * z1) / torch.sin(omega) for t in ts])
print(slerp)
print(slerp.norm(dim=1))
print(torch.lerp(z0, z1, torch.tensor([0.25, 0.5, 0.75])))
