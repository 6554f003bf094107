# ELU's float32 gradient at a NaN input: NaN on the kernel's vector blocks, dy * scale on the scalar rest
import torch
import torch.nn.functional as F
for n in [6, 40, 70]:
    base = torch.linspace(-2, 2, n)
    base[::5] = float('nan')
    for f in [F.elu, F.selu, F.celu, lambda t: F.elu(t, alpha=0.5)]:
        x = base.clone().requires_grad_()
        f(x).backward(torch.ones(n))
        print(n, x.grad[::5].tolist(), x.grad[1:5].tolist())
    x = base.clone().requires_grad_()
    y = F.elu(x.clone(), inplace=True)
    y.backward(torch.full((n,), 2.0))
    print('in place', n, x.grad[::5].tolist(), x.grad[1:5].tolist())
x = torch.randn(4, 20)
x[:, 3] = float('nan')
x.requires_grad_()
torch.nn.ELU()(x.t()).sum().backward()
print(x.grad[:, 3])
