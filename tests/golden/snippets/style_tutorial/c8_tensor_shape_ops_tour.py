# Shape manipulation tour: squeeze/unsqueeze, permute, transpose, contiguous, expand vs repeat, flatten/unflatten.
import torch

x = torch.arange(24).reshape(2, 3, 4)
print(x.unsqueeze(0).shape, x.unsqueeze(-1).shape, x[None].shape)
print(torch.zeros(1, 3, 1, 2).squeeze().shape, torch.zeros(1, 3, 1).squeeze(0).shape)
p = x.permute(2, 0, 1)
print(p.shape, p.is_contiguous(), p.contiguous().is_contiguous(), p.stride())
t = x.transpose(0, 1)
print(t.shape, t.stride())
try:
    t.view(-1)
except RuntimeError as e:
    print(e)
print(t.reshape(-1)[:6])
row = torch.tensor([1, 2, 3])
print(row.expand(2, 3), row.repeat(2, 2), row.repeat_interleave(2))
print(row.unsqueeze(1).expand(-1, 4))
print(x.flatten(), x.flatten(1).shape, x.flatten(0, 1).shape)
print(x.unflatten(2, (2, 2)).shape, x.view(2, -1, 2).shape)
print(torch.swapaxes(x, 0, 2).shape, x.mT.shape, x.T.shape if x.ndim == 2 else None)
print(torch.atleast_2d(torch.tensor(3)), torch.ravel(torch.tensor([[1, 2], [3, 4]])))
print(torch.chunk(torch.arange(7), 3), torch.tensor_split(torch.arange(7), 3))
