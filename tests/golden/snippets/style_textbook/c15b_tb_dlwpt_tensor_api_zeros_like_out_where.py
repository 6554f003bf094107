# The tensor API chapter: torch.* functions versus methods, in-place underscores, and keyword forms.
import torch

a = torch.ones(3, 2)
a_t = torch.transpose(a, 0, 1)
print(a.shape, a_t.shape, a.transpose(0, 1).shape)
b = torch.zeros(3, 2)
b.add_(1.5)
print(b, b.is_contiguous(), torch.add(a, b, alpha=2))
c = torch.empty(3, 2)
torch.mul(a, 3, out=c)
print(c, torch.where(c > 2, c, torch.zeros(())).dtype)
print(torch.zeros_like(a, dtype=torch.int16), torch.full_like(a, 7).sum(), a.new_ones(2))
print(torch.numel(a), a.dim(), a.ndimension(), a.nelement())
