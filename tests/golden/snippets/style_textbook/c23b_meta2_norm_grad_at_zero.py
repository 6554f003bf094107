import torch

# Gradient-penalty style norms when the gradient is exactly zero
for name, fn in [("norm", lambda t: t.norm()),
                 ("vector_norm", lambda t: torch.linalg.vector_norm(t)),
                 ("sqrt_sum_sq", lambda t: (t * t).sum().sqrt()),
                 ("norm_eps", lambda t: (t.pow(2).sum() + 1e-12).sqrt())]:
    origin = torch.zeros(2, requires_grad=True)
    fn(origin).backward()
    print(name, origin.grad)
origin = torch.zeros(2, requires_grad=True)
d, = torch.autograd.grad(origin.norm(p=1), origin)
print("l1", d)
