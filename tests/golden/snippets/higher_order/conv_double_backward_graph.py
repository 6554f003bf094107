# A gradient penalty through convolutions: what does the graph of the gradient look like?
import torch
import torch.nn as nn

torch.manual_seed(0)
conv = nn.Conv2d(3, 4, 3, stride=2, padding=1)
x = torch.randn(2, 3, 6, 6, requires_grad=True)
out = conv(x)
print(out.grad_fn.name(), out.grad_fn._saved_padding, out.grad_fn._saved_stride,
      out.grad_fn._saved_bias_sym_sizes_opt, out.grad_fn._saved_transposed)

gx, gw = torch.autograd.grad(out.sum(), (x, conv.weight), create_graph=True)
print(gx.grad_fn, gx.grad_fn is gw.grad_fn)
print(gx.grad_fn.next_functions)
print(gw.grad_fn._saved_grad_output.shape, gw.grad_fn._saved_output_padding)
penalty = (gx.norm() - 1) ** 2 + gw.pow(2).sum()
penalty.backward()
print(f"{conv.weight.grad.sum().item():.3f} {x.grad.abs().sum().item():.2f}")

sig = torch.randn(4, 10, requires_grad=True)  # an unbatched 1-D signal
c1 = nn.Conv1d(4, 2, 3, dilation=2)
(g1,) = torch.autograd.grad(c1(sig).pow(2).sum(), sig, create_graph=True)
print(g1.grad_fn, g1.grad_fn.next_functions[0][0])
print(g1.grad_fn.next_functions[0][0]._saved_dilation, g1.grad_fn.next_functions[0][0]._saved_padding)
g1.sum().backward()
print(c1.weight.grad.shape, round(sig.grad.sum().item(), 4))
