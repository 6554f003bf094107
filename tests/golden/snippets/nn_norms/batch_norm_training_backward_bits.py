# BatchNorm gradients in training mode: every bit, (N, C) and (N, C, L...) kernels; a second backward sees the batch statistics move
import torch
torch.manual_seed(0)
for shape in [(16, 8), (7, 13), (64, 32), (5, 3), (128, 20), (4, 3, 10), (2, 5, 7), (8, 4, 33), (3, 2, 4, 5), (6, 3, 8, 8), (2, 16, 3, 3)]:
    bn = torch.nn.BatchNorm1d(shape[1]) if len(shape) < 4 else torch.nn.BatchNorm2d(shape[1])
    with torch.no_grad():
        bn.weight.normal_(); bn.bias.normal_()
    x = (torch.randn(*shape) * 2 + 0.3).requires_grad_()
    y = bn(x)
    y.backward(torch.randn(*shape))
    print(shape, x.grad.flatten()[:5].tolist(), x.grad.sum().item(), bn.weight.grad.tolist()[:4], bn.bias.grad.tolist()[:4])
bn = torch.nn.BatchNorm1d(4, affine=False)
x = torch.randn(10, 4, requires_grad=True)
bn(x).pow(2).sum().backward()
print(x.grad[0].tolist())
x = torch.randn(6, 3, requires_grad=True)
bn = torch.nn.BatchNorm1d(3)
g, = torch.autograd.grad(bn(x).pow(3).sum(), x, create_graph=True)
g.sum().backward()
print(abs(g.sum().item()) < 1e-4, x.grad.abs().max().item() < 1e-3)
