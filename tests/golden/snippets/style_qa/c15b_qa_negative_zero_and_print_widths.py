# Q: why do I see -0. in my tensor, and why do the columns line up differently?
import torch

z = torch.tensor([0.0, -0.0, 1.0]) * -1
print(z, z == 0, torch.signbit(z))
print(torch.tensor([-0.0]) + 0.0, torch.tensor([1.0, -1.0]) * 0)
print(torch.tensor([1, -22, 333]), torch.tensor([[1.5, -22.25], [333.0, 4.0]]))
print(torch.tensor([1e-8, 1.0]), torch.tensor([123456789.0, 1.0]))
print(torch.tensor([[True, False]]), torch.tensor([-1e-3, 1e3]))
print(torch.tensor([float('nan'), float('-inf'), 2.5]))
