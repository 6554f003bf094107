import torch

# A hook on a leaf runs in torch.autograd.grad too, and what it returns is the result.
x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x.register_hook(lambda g: print("leaf hook", g) or g * 10)
y = (x * x).sum()
print(torch.autograd.grad(y, x))
print(x.grad)
h.remove()

z = torch.tensor(1.0, requires_grad=True)
z.register_hook(lambda g: g + 1)
z.register_hook(lambda g: g * 2)
print(torch.autograd.grad(z * 5, z))

w = torch.tensor(1.0, requires_grad=True)
w.register_post_accumulate_grad_hook(lambda p: print("post accumulate", p.grad))
print(torch.autograd.grad(w * 2, w))

q = torch.tensor(1.0, requires_grad=True)
q.register_hook(lambda g: print("q hook", g) or g * 3)
(q * 2).backward(inputs=[q])
print(q.grad)

# Captured at a node that also runs: the hook's result flows on, the capture is the raw gradient.
a = x * 2
a.register_hook(lambda g: g * 100)
print(torch.autograd.grad(a.sin().sum(), [a, x]))
