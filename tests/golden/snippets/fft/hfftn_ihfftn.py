# hfft2/ihfft2/hfftn/ihfftn: values at the default precision, shapes, nodes, gradients
import torch

torch.manual_seed(1)
c = torch.randn(1, 5, dtype=torch.complex128, requires_grad=True)
x = torch.randn(1, 8, dtype=torch.float64, requires_grad=True)
for name, r in [("hfft2", torch.fft.hfft2(c)), ("hfftn s", torch.fft.hfftn(c, s=(1, 8))),
                ("hfftn dim", torch.fft.hfftn(c, dim=(1,), norm="forward")), ("ihfft2", torch.fft.ihfft2(x)),
                ("ihfftn", torch.fft.ihfftn(x, dim=(1,))), ("ihfftn s", torch.fft.ihfftn(x, s=(1, 4), norm="forward"))]:
    node, names = r.grad_fn, []
    while node is not None and node.next_functions:
        names.append(type(node).__name__)
        node = node.next_functions[0][0]
    print(name, tuple(r.shape), r.dtype, names)
    print(r.detach())
    g, = torch.autograd.grad(r.abs().sum(), c if r.dtype == torch.float64 else x)
    print((g.abs() if g.is_complex() else g).round(decimals=3) + 0.0)  # (exact zeros: each library's residue)
print(torch.autograd.gradcheck(torch.fft.hfft2, (c,)), torch.autograd.gradcheck(torch.fft.ihfft2, (x,)))
try:
    torch.fft.ihfftn(x, dim=())
except RuntimeError as e:
    print(e)
