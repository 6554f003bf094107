import torch

# fill_ and zero_ may write into an expanded view: every element maps to one memory place,
# so the source tensor changes. Other in-place ops refuse.
x = torch.zeros(1, 3)
v = x.expand(2, 3)
v.fill_(1)
print(x, v, x._version, v._version)
v.zero_()
print(x)
v[0].fill_(3)
print(x)
x.expand(4, 3)[1:3].fill_(-2)
print(x)

for name, op in [("fill_ with a tensor", lambda t: t.fill_(torch.tensor(2.0))),
                 ("add_", lambda t: t.add_(1)), ("mul_", lambda t: t.mul_(2)),
                 ("copy_", lambda t: t.copy_(torch.ones(2, 3))), ("normal_", lambda t: t.normal_()),
                 ("uniform_", lambda t: t.uniform_()), ("clamp_", lambda t: t.clamp_(0, 1)),
                 ("setitem", lambda t: t.__setitem__(slice(None), 5.0))]:
    x = torch.zeros(1, 3)
    try:
        op(x.expand(2, 3))
        print(name, "wrote", x)
    except RuntimeError as e:
        print(name, "RuntimeError", e)

y = torch.zeros(3)
y.expand(1, 3).add_(1)  # a size-1 expanded dim has no overlap
print(y)
