# the input gradient of a conv is a transposed conv of the upstream grad
import torch
import torch.nn.functional as F

torch.manual_seed(85)
x = torch.randn(1, 2, 5, 5, requires_grad=True)
w = torch.randn(3, 2, 3, 3)
y = F.conv2d(x, w)
gy = torch.randn_like(y)
y.backward(gy)
gx = F.conv_transpose2d(gy, w)
print(torch.allclose(gx, x.grad, atol=1e-5))
gw = torch.nn.grad.conv2d_weight(x.detach(), w.shape, gy)
x2 = x.detach()
w2 = w.clone().requires_grad_()
F.conv2d(x2, w2).backward(gy)
print(torch.allclose(gw, w2.grad, atol=1e-5))
