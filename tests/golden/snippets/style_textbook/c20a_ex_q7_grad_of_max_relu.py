# Quiz 7: gradients through max, relu and abs at their kinks
import torch

x = torch.tensor([1.0, 3.0, 3.0], requires_grad=True)
x.max().backward()
print(x.grad)
y = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
torch.relu(y).sum().backward()
print(y.grad)
z = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
z.abs().sum().backward()
print(z.grad)
w = torch.tensor([1.0, 3.0, 3.0], requires_grad=True)
w.max(dim=0).values.backward()
print(w.grad)
