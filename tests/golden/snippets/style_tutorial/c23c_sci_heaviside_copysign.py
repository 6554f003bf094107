# Step functions in physics code: heaviside with its value at 0, sign, copysign and their gradients.
import torch

x = torch.tensor([-2.0, -0.0, 0.0, 3.0], dtype=torch.float64, requires_grad=True)
print(torch.heaviside(x.detach(), torch.tensor(0.5, dtype=torch.float64)))
print(torch.sign(x), torch.copysign(torch.tensor(1.0, dtype=torch.float64), x))
torch.copysign(torch.full((4,), 2.0, dtype=torch.float64), x).sum().backward()
print(x.grad)
x.grad = None
torch.copysign(x, torch.tensor(-1.0, dtype=torch.float64)).sum().backward()
print(x.grad)
