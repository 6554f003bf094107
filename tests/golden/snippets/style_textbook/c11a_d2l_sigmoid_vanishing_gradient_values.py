# d2l numerical stability: sigmoid outputs and gradients over a grid, showing where the gradient vanishes.
import torch

x = torch.arange(-8.0, 8.0, 1.0, requires_grad=True)
y = torch.sigmoid(x)
y.backward(torch.ones_like(x))
for xi, yi, gi in zip(x.tolist(), y.tolist(), x.grad.tolist()):
    print(f"{xi:5.1f} {yi:.6f} {gi:.3e}")
print(x.grad.max(), x.grad.argmax(), x.grad.min())
z = torch.tensor([0.0], requires_grad=True)
h = z
for layer in range(10):
    h = torch.sigmoid(h)
h.backward()
print(h, z.grad)
t = torch.tensor([0.0, 2.0, 5.0], requires_grad=True)
torch.tanh(t).sum().backward()
print(t.grad)
r = torch.tensor([-1.0, 0.5, 3.0], requires_grad=True)
torch.relu(r).sum().backward()
print(r.grad)
