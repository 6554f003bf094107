# sinh, cosh, atanh and log2 of elements outside ATen's whole vectors come from the C library, as its scalar loop
import torch
torch.manual_seed(0)
gens = {'sinh': lambda s: torch.randn(*s) * 2, 'cosh': lambda s: torch.randn(*s) * 2,
        'atanh': lambda s: torch.rand(*s) * 1.9 - 0.95, 'log2': lambda s: torch.rand(*s) * 5 + 0.01}
for name, gen in gens.items():
    for dt in (torch.float32, torch.float64):
        if name == 'cosh' and dt == torch.float64:
            continue
        for s in ((5,), (31,), (45,), (3, 40)):
            x = gen(s).to(dt)
            y = getattr(torch, name)(x)
            print(name, dt, s, y.flatten().tolist()[:40], getattr(torch, name)(x.t() if x.dim() == 2 else x).flatten().tolist()[-5:])
print(torch.sinh(torch.tensor([0.5, 1.0, 2.0, -3.0])), torch.atanh(torch.tensor([0.1, 0.5, -0.9])))
