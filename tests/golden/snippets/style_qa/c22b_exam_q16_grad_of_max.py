import torch

# Q16. What is the gradient of max and of abs at a tie / at zero?
x = torch.tensor([1.0, 3.0, 3.0, 2.0], requires_grad=True)
x.max().backward()
print("max:", x.grad)
x.grad = None
torch.amax(x, 0).backward()
print("amax:", x.grad)
z = torch.tensor([0.0, -2.0, 2.0], requires_grad=True)
z.abs().sum().backward()
print("abs:", z.grad)
r = torch.tensor([0.0], requires_grad=True)
torch.relu(r).backward()
print("relu at 0:", r.grad)
