# ConvTranspose2d as the gradient of Conv2d: F.conv_transpose2d equals the input gradient.
import torch
import torch.nn.functional as F

w = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
x = torch.zeros(1, 1, 3, 3, requires_grad=True)
y = F.conv2d(x, w, stride=1)
g = torch.tensor([[[[1.0, 0.0], [0.0, 2.0]]]])
y.backward(g)
print(x.grad[0, 0])
print(F.conv_transpose2d(g, w)[0, 0])
print(torch.equal(x.grad, F.conv_transpose2d(g, w)))
