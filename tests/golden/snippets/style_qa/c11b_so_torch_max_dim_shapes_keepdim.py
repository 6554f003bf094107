# Q: shapes of torch.max / argmax with and without dim and keepdim, and the flat index of the max.
import torch

torch.manual_seed(0)
x = torch.randint(0, 10, (2, 3, 4))
print(x)
print(torch.max(x), torch.argmax(x))
m = x.max(dim=1)
print(m.values.shape, m.indices.shape)
mk = x.max(dim=1, keepdim=True)
print(mk.values.shape, mk[1].shape)
print(x.argmax(dim=-1), x.argmax(dim=-1, keepdim=True).shape)
flat = x.argmax()
print(flat, torch.unravel_index(flat, x.shape))
print(x.view(-1)[flat] == x.max())
vals, idx = x.flatten(1).max(dim=1)
print(vals, idx, idx // 4 % 3, idx % 4)
print(x.amax(dim=(1, 2)), x.max(dim=2)[0].max(dim=1)[0])
try:
    x.max(dim=3)
except IndexError as e:
    print("IndexError:", e)
