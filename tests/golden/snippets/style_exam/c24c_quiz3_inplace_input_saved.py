# Quiz C19: which ops save their input (so in-place on the input breaks them)?
import torch

for name, fn in [("sin", torch.sin), ("mul2", lambda t: t * 2), ("pow2", lambda t: t ** 2),
                 ("add1", lambda t: t + 1), ("abs", torch.abs), ("neg", torch.neg)]:
    a = torch.tensor([0.3, -0.7], requires_grad=True)
    b = a.clone()
    out = fn(b)
    b.mul_(2)
    try:
        out.sum().backward()
        print(name, "ok")
    except RuntimeError:
        print(name, "error")
