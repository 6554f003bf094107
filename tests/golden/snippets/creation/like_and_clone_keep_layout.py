# *_like and clone keep a transposed or permuted tensor's layout (preserve_format): strides, and the
# order random values land in.
import torch

torch.manual_seed(0)
for x in (torch.zeros(6, 5).t(), torch.zeros(2, 3, 4).permute(2, 0, 1), torch.zeros(5, 8)[:, ::2],
          torch.zeros(4).expand(5, 4)):
    a, b, c = torch.randn_like(x), torch.rand_like(x), torch.randint_like(x, 10)
    print(a, b, c)
    print(a.stride(), b.stride(), c.stride(), torch.zeros_like(x).stride(), torch.full_like(x, 2.5).stride(),
          x.clone().stride(), x.contiguous().stride())
y = torch.arange(12.0).view(3, 4).t()
z = y.clone()
print(z.is_contiguous(), z.reshape(-1), y.contiguous().view(-1))
try:
    z.view(-1)
except RuntimeError as err:
    print(err)
print(torch.randn_like(torch.zeros(4, 5, dtype=torch.float64).t()))
