# torch.logaddexp / logaddexp2, hypot, copysign, heaviside, signbit
import torch

print(torch.logaddexp(torch.tensor([-1.0]), torch.tensor([-1.0, -2, -3])))
print(torch.logaddexp(torch.tensor([-100.0, -200, -300]), torch.tensor([-1.0, -2, -3])))
print(torch.logaddexp2(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 3.0])))
print(torch.hypot(torch.tensor([4.0]), torch.tensor([3.0, 4.0, 5.0])))
print(torch.copysign(torch.tensor([1., -2., 3.]), -1))
print(torch.copysign(torch.tensor([1., 2.]), torch.tensor([-0.0, 0.0])))
input = torch.tensor([-1.5, 0, 2.0])
print(torch.heaviside(input, torch.tensor([0.5])))
print(torch.signbit(torch.tensor([0.7, -1.2, 0., -0.])))
