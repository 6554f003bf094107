# nn.Bilinear and F.bilinear: init, repr, batched input, the graph's nodes, gradients and errors
import torch
import torch.nn.functional as F

torch.manual_seed(0)
m = torch.nn.Bilinear(3, 2, 4)
print(m, m.weight.shape, m.bias.shape)
print(m.weight[0], m.bias)
x1 = torch.randn(2, 5, 3, requires_grad=True)
x2 = torch.randn(2, 5, 2, requires_grad=True)
y = m(x1, x2)
print(y.shape, y.grad_fn, y.grad_fn.next_functions[0][0].next_functions)
y.square().mean().backward()
print(x1.grad[0, 0], x2.grad[1, 4], m.weight.grad[3], m.bias.grad)
v = torch.bilinear(torch.ones(3), torch.ones(2), m.weight)
print(v, torch.bilinear is F.bilinear)
for a, b in [(torch.randn(6, 3), torch.randn(5, 2)), (torch.randn(6, 4), torch.randn(6, 2)),
             (torch.randn(6, 3), torch.randn(6, 3)), (torch.randn(6, 3), torch.randn(2, 3, 2))]:
    try:
        m(a, b)
    except RuntimeError as e:
        print(e)
try:
    F.bilinear(torch.randn(2, 3), torch.randn(2, 2), m.weight, torch.zeros(5))
except RuntimeError as e:
    print(e)
print(torch.nn.Bilinear(2, 2, 1, bias=False))
