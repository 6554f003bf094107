# MaxUnpool: reprs, the 1-D and 2-D forms, gradients, duplicates, output_size checks and index errors.
import torch, torch.nn as nn, torch.nn.functional as F
print(nn.MaxUnpool2d(2), nn.MaxUnpool1d(3, stride=1, padding=1), nn.MaxUnpool2d((2, 3), stride=(1, 2)))
x = torch.arange(16.0).reshape(1, 1, 4, 4).requires_grad_()
o, i = F.max_pool2d(x, 2, return_indices=True)
u = F.max_unpool2d(o, i, 2)
print(u.grad_fn, u.grad_fn.next_functions)
(u * torch.arange(16.0).reshape(1, 1, 4, 4)).sum().backward()
print(x.grad)
o1, i1 = F.max_pool1d(torch.tensor([[[1.0, 3, 2, 5]]], requires_grad=True), 2, return_indices=True)
u1 = F.max_unpool1d(o1, i1, 2)
print(u1, u1.grad_fn, u1.grad_fn.next_functions)
tests = [
  lambda: F.max_unpool2d(o, i, 2, output_size=(9, 9)),
  lambda: F.max_unpool2d(o, i, 2, output_size=(1, 4, 4)),
  lambda: F.max_unpool2d(o, i.masked_fill(i == 13, 99), 2),
  lambda: F.max_unpool2d(o, i.masked_fill(i == 5, -1), 2),
  lambda: F.max_unpool2d(o, i.float(), 2),
  lambda: F.max_unpool2d(o, i[..., :1], 2),
  lambda: F.max_unpool2d(o[0, 0], i[0, 0], 2),
  lambda: F.max_unpool2d(o[0], i[0], 2),
  lambda: F.max_unpool2d(o.long(), i, 2),
  lambda: F.max_unpool2d(o, i, 2, padding=3),
  lambda: F.max_unpool1d(o1, i1, 2, output_size=[0]),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
dup = F.max_unpool2d(torch.tensor([[[[2.0, 2.0]]]]), torch.tensor([[[[3, 3]]]]), 2)
print(dup)
g = torch.full((1, 1, 2, 2), 1.5, requires_grad=True)
u = F.max_unpool2d(g * 2, i, 2)
gg, = torch.autograd.grad(u.pow(2).sum(), g, create_graph=True)
print(gg, gg.grad_fn)
gg.sum().backward()
print(g.grad)
pool = nn.MaxPool2d(2, stride=2, return_indices=True)
unpool = nn.MaxUnpool2d(2, stride=2)
img = torch.randn(2, 3, 5, 5)
o, i = pool(img)
back = unpool(o, i, output_size=img.size())
print(back.shape, (back != 0).sum(), torch.equal(back[back != 0].sort().values, o.flatten().sort().values))
print(unpool(o, i, output_size=[5, 5]).shape)
print(unpool(o[:1, :1], torch.tensor([[[[0, 1], [2, 20]]]])).shape)
