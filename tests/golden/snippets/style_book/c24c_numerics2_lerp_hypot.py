# Section 6.7: lerp, hypot and copysign
import torch

a = torch.tensor([0.0, 10.0])
b = torch.tensor([1.0, 20.0])
print(torch.lerp(a, b, 0.25), torch.lerp(a, b, torch.tensor([0.0, 1.0])))
print(torch.hypot(torch.tensor([3.0, 1e30]), torch.tensor([4.0, 1e30])))
print(torch.copysign(torch.tensor([1.0, 2.0]), torch.tensor([-0.0, 3.0])))
print(torch.signbit(torch.tensor([-0.0, 0.0, -1.0])), torch.sign(torch.tensor([-0.0, 2.0])))
print(torch.heaviside(torch.tensor([-1.0, 0.0, 2.0]), torch.tensor(0.5)))
