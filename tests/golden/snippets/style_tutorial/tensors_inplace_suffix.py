# In-place operations end in an underscore; printing with f-strings.
import torch

t = torch.ones(5)
print(f"t: {t}")
t.add_(5)
print(f"t: {t}")
t.mul_(0.5).sub_(1)
print(f"t: {t}")
n = t.numpy()
t.add_(1)
print(f"n: {n}")
x = torch.tensor([[1., 2.], [3., 4.]])
x.t_()
print(x, x.is_contiguous())
x.copy_(torch.zeros(2, 2))
print(x)
