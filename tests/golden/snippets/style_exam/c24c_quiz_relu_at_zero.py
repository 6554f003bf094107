# Quiz 20: derivative of relu and abs at exactly zero
import torch

pts = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
torch.relu(pts).sum().backward()
print("relu:", pts.grad)
pts.grad = None
pts.abs().sum().backward()
print("abs:", pts.grad)
pts.grad = None
torch.clamp(pts, min=0.0).sum().backward()
print("clamp:", pts.grad)
pts.grad = None
torch.nn.functional.leaky_relu(pts, 0.1).sum().backward()
print("leaky:", pts.grad)
