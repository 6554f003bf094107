# torch.nn.grad: a convolution's input and weight gradients given the other operand's shape
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 2, 5, 5, requires_grad=True)
w = torch.randn(3, 2, 3, 3, requires_grad=True)
y = F.conv2d(x, w, stride=2, padding=1)
gy = torch.randn_like(y)
gx, gw = torch.autograd.grad(y, (x, w), gy)
print(torch.equal(torch.nn.grad.conv2d_input(x.shape, w, gy, stride=2, padding=1), gx))
print(torch.equal(F.grad.conv2d_weight(x, w.shape, gy, stride=2, padding=1), gw))
print(torch.nn.grad.conv1d_input((1, 1, 6), torch.ones(1, 1, 3), torch.ones(1, 1, 4)))
print(torch.nn.grad.conv1d_weight(torch.arange(6.).view(1, 1, 6), (1, 1, 3), torch.ones(1, 1, 4)))
print(torch.nn.grad.conv2d_input([1, 1, 4, 4], torch.ones(1, 1, 2, 2), torch.ones(1, 1, 3, 3)))
print(torch.nn.grad.conv3d_weight(torch.arange(27.).view(1, 1, 3, 3, 3), (1, 1, 2, 2, 2), torch.ones(1, 1, 2, 2, 2)))
g = torch.nn.grad.conv2d_input((1, 1, 3, 3), w[:1, :1].detach().requires_grad_(), torch.ones(1, 1, 1, 1))
print(g.grad_fn.name(), g.requires_grad)
gg = torch.nn.grad.conv2d_weight(x[:1, :1], (1, 1, 3, 3), torch.ones(1, 1, 3, 3, requires_grad=True), padding=1)
print(gg.grad_fn.name(), gg.sum())
with torch.no_grad():
    print(torch.nn.grad.conv2d_weight(x[:1, :1], (1, 1, 3, 3), torch.ones(1, 1, 3, 3), padding=1).requires_grad)
print(torch.nn.grad.conv2d_input.__module__, hasattr(torch.nn.grad, "conv4d_input"))
