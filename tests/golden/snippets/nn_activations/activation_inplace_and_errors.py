# In-place activations, the layers' inplace=True, and what PyTorch refuses.
import torch
import torch.nn as nn
import torch.nn.functional as F

w = torch.tensor([-1.5, 0.5, 2.0], requires_grad=True)
for fn in [lambda t: F.elu(t, inplace=True), lambda t: F.silu(t, inplace=True),
           lambda t: F.hardtanh(t, inplace=True), lambda t: F.relu6(t, inplace=True), F.elu_]:
    y = w * 2
    out = fn(y)
    print(out is y, out.grad_fn.name(), out.grad_fn.next_functions[0][0].name())
    print(torch.autograd.grad(out.sum(), w)[0])
print(nn.SiLU(inplace=True), nn.ELU(alpha=0.5, inplace=True), nn.ReLU6(inplace=True), nn.Hardtanh(inplace=True))
print(F.hardtanh(torch.tensor([1, -3, 5])), F.relu6(torch.tensor([7, -2, 3])))
for bad in [lambda: F.gelu(torch.tensor([1, 2])), lambda: F.silu(torch.tensor([1, 2])),
            lambda: F.elu(torch.tensor([1, 2])), lambda: F.gelu(w, approximate='foo'),
            lambda: F.glu(torch.ones(3)), lambda: F.prelu(torch.ones(2, 3), torch.ones(2)),
            lambda: F.elu(w, inplace=True)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
