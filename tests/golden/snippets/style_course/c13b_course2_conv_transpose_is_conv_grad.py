# Course lecture: transposed convolution is the gradient of convolution w.r.t. its input — checked numerically.
import torch
import torch.nn.functional as F

torch.manual_seed(66)
w = torch.randn(2, 3, 3, 3, dtype=torch.float64)
x = torch.randn(1, 3, 6, 6, dtype=torch.float64, requires_grad=True)
for stride, pad in ((1, 0), (2, 1)):
    y = F.conv2d(x, w, stride=stride, padding=pad)
    g = torch.randn_like(y)
    gx, = torch.autograd.grad(y, x, g)
    out_pad = (x.shape[-1] + 2 * pad - 3) % stride
    t = F.conv_transpose2d(g, w, stride=stride, padding=pad, output_padding=out_pad)
    print(stride, pad, y.shape, t.shape, (t - gx).abs().max().item() < 1e-12)
up = torch.nn.ConvTranspose2d(1, 1, 2, stride=2, bias=False).double()
with torch.no_grad():
    up.weight.copy_(torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]]))
print(up(torch.tensor([[[[1.0, 10.0]]]], dtype=torch.float64)))
print(F.conv_transpose2d(torch.ones(1, 1, 2, 2), torch.ones(1, 1, 3, 3)))
