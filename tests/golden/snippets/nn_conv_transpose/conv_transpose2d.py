# nn.ConvTranspose2d and F.conv_transpose2d: seeded init, repr, shapes, values, grad_fn, grads, errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
m = nn.ConvTranspose2d(2, 3, 3, stride=2, padding=1, output_padding=1)
print(m)
print(m.weight.shape, m.weight[0, 0], m.bias)
print(nn.ConvTranspose2d(4, 6, (2, 3), groups=2, bias=False, dilation=2))
x = torch.randn(1, 2, 3, 3, requires_grad=True)
y = m(x)
print(y.shape, y.grad_fn.name(), [type(n).__name__ for n, _ in y.grad_fn.next_functions])
print(y[0, 0])
(y * torch.randn(y.shape)).sum().backward()
print(x.grad[0, 1])
print(m.weight.grad[1, 2], m.bias.grad)
print(m(x, output_size=[5, 5]).shape)
print(F.conv_transpose2d(x, torch.ones(2, 1, 2, 2), stride=2))
print(F.conv_transpose2d(x[0], torch.ones(2, 1, 2, 2)).shape)
up = nn.Sequential(nn.ConvTranspose2d(2, 4, 4, stride=2, padding=1), nn.ReLU(), nn.Conv2d(4, 1, 3, padding=1))
print(up(torch.randn(2, 2, 4, 4)).shape)
for call in (lambda: F.conv_transpose2d(x, torch.ones(3, 1, 2, 2)),
             lambda: nn.ConvTranspose2d(2, 3, 3, stride=1, output_padding=1)(x),
             lambda: m(x, output_size=[9, 9]),
             lambda: nn.ConvTranspose2d(2, 3, 3, padding_mode="reflect")):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
