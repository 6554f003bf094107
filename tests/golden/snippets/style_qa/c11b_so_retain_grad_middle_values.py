# Q: how do I see the gradient of an intermediate tensor? retain_grad() vs a hook vs autograd.grad.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x * 2
h.retain_grad()
z = h ** 2
z.retain_grad()
out = z.mean()
out.backward(retain_graph=True)
print(x.grad, h.grad, z.grad)
print(h.is_leaf, h.retains_grad, x.retains_grad)
seen = []
h.register_hook(lambda g: seen.append(g.clone()))
x.grad = None
out.backward()
print(seen, h.grad)
x2 = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h2 = x2 * 2
out2 = (h2 ** 2).mean()
gh, gx = torch.autograd.grad(out2, [h2, x2])
print(gh, gx, x2.grad)
try:
    x2.retain_grad()
    print("leaf retain_grad ok", x2.retains_grad)
except RuntimeError as e:
    print(e)
