# layer norm gradients: by hand vs F.layer_norm
import torch
import torch.nn.functional as F

torch.manual_seed(7)
x = torch.randn(2, 4, requires_grad=True)
g = torch.randn(4, requires_grad=True)
b = torch.randn(4, requires_grad=True)
def my_ln(x, g, b, eps=1e-5):
    mu = x.mean(-1, keepdim=True)
    xc = x - mu
    return xc / (xc.pow(2).mean(-1, keepdim=True) + eps).sqrt() * g + b
up = torch.randn(2, 4)
g1 = torch.autograd.grad((my_ln(x, g, b) * up).sum(), (x, g, b))
g2 = torch.autograd.grad((F.layer_norm(x, (4,), g, b) * up).sum(), (x, g, b))
for a, c in zip(g1, g2):
    print(torch.allclose(a, c, atol=1e-5), tuple(a.shape))
print(g2[0])
