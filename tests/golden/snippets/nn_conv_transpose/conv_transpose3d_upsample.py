# Upsampling a small volume with nn.ConvTranspose3d, as in a 3-D U-Net decoder
import torch
import torch.nn as nn

torch.manual_seed(0)
up = nn.ConvTranspose3d(4, 2, kernel_size=2, stride=2)
print(up)
x = torch.randn(1, 4, 2, 3, 3, requires_grad=True)
y = up(x)
print(y.shape, y.grad_fn)
print(y[0, 1, :2, :2, :2])
loss = y.pow(2).mean()
loss.backward()
print(round(loss.item(), 4))
print(x.grad.shape, up.weight.grad.shape, up.bias.grad)
print(x.grad[0, 0, 0])

m = nn.ConvTranspose3d(2, 3, 3, stride=2, padding=1, output_padding=1, bias=False)
print(m, m.weight.shape)
print(m(torch.randn(2, 5, 4, 4)).shape)  # an unbatched (C, D, H, W) volume
print(m(torch.randn(1, 2, 3, 3, 3), output_size=[5, 5, 5]).shape)
