# LayerNorm's input, weight and bias gradients, every bit shown: row lengths below, at and
# past a vector, several rows (PyTorch gathers the weight gradient per thread).
import torch
import torch.nn.functional as F

torch.manual_seed(0)
for shape in [(2, 5), (3, 8), (4, 19), (2, 3, 37), (70, 12)]:
    x = (torch.randn(*shape) * 2 + 0.5).requires_grad_()
    ln = torch.nn.LayerNorm(shape[-1])
    with torch.no_grad():
        ln.weight.normal_()
        ln.bias.normal_()
    out = ln(x)
    out.backward(torch.randn(*shape))
    print(shape, x.grad.flatten().tolist()[:12])
    print(x.grad.sum().item(), ln.weight.grad.tolist(), ln.bias.grad.tolist())

x = torch.randn(3, 16, requires_grad=True)
y = F.layer_norm(x, (16,))
(y ** 2).sum().backward()
print(x.grad[0].tolist())
print(x.grad.abs().max().item())
