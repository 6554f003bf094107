import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)

# The pack hook may return anything; the unpack hook must give a tensor back.
with torch.autograd.graph.saved_tensors_hooks(lambda t: ("boxed", t.detach().clone()),
                                              lambda p: p[1] * 10):
    z = x * y
print(torch.autograd.grad(z.sum(), x))

# The innermost block wins.
def hooks(tag):
    return torch.autograd.graph.saved_tensors_hooks(lambda t: print(tag, "pack") or t,
                                                    lambda t: print(tag, "unpack") or t)

with hooks("outer"):
    with hooks("inner"):
        s = x.sin()
    c = x.cos()
s.sum().backward()
c.sum().backward()
print(x.grad)

# Nothing is saved in no-grad mode, or when no input requires grad.
with hooks("unused"):
    with torch.no_grad():
        q = x * y
    q = torch.tensor([1.0, 2.0]) * torch.tensor([3.0, 4.0])
print(q)
