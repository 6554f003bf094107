# Quiz 2: fill in the table for every tensor
import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0)
c = a * b
d = c.detach()
e = d + a
f = b * 2
for name, t in [("a", a), ("b", b), ("c", c), ("d", d), ("e", e), ("f", f)]:
    fn = type(t.grad_fn).__name__ if t.grad_fn is not None else None
    print(f"{name}: is_leaf={t.is_leaf} requires_grad={t.requires_grad} grad_fn={fn}")
