# Q: printing .grad of every tensor in a small graph -- which are None and why (leaf, non-leaf, no requires_grad).
import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0)
c = a * b
d = c + a
d.backward()
for name, t in [("a", a), ("b", b), ("c", c), ("d", d)]:
    print(name, t.is_leaf, t.requires_grad, t.grad)
print(c.grad_fn, c.grad_fn.next_functions)
print(d.grad_fn.next_functions[0][0].next_functions)
