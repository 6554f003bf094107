# Q: grad_outputs with the wrong shape or a complex dtype
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
s = (x ** 2).sum()
v = x * 2
for out, seed in [(s, torch.ones(3)), (v, torch.ones(3, dtype=torch.complex64)), (v, torch.ones(3, dtype=torch.float64))]:
    try:
        print(torch.autograd.grad(out, x, grad_outputs=seed, retain_graph=True))
    except RuntimeError as e:
        print(e)
