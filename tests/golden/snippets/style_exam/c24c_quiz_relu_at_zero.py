# Quiz 20: derivative of relu and abs at exactly zero
import torch

x = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
torch.relu(x).sum().backward()
print("relu:", x.grad)
x.grad = None
x.abs().sum().backward()
print("abs:", x.grad)
x.grad = None
torch.clamp(x, min=0.0).sum().backward()
print("clamp:", x.grad)
x.grad = None
torch.nn.functional.leaky_relu(x, 0.1).sum().backward()
print("leaky:", x.grad)
