# Q: clone() vs detach() vs clone().detach(): who shares memory, who tracks gradients?
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
c = y.clone()
d = y.detach()
cd = y.clone().detach()
dc = y.detach().clone()
for name, t in [('clone', c), ('detach', d), ('clone.detach', cd), ('detach.clone', dc)]:
    print(f'{name:13s} requires_grad={t.requires_grad} shares={t.data_ptr() == y.data_ptr()} grad_fn={t.grad_fn}')
d[0] = 100
print(y)
try:
    (y * y).sum().backward()
    print(x.grad)
except RuntimeError as e:
    print(e)
z = x * 3
zc = z.clone()
(zc * 2).sum().backward()
print(x.grad)
print(torch.tensor(x).requires_grad if False else x.new_tensor(x).requires_grad)
k = x.detach().requires_grad_()
print(k.is_leaf, k.requires_grad, k.data_ptr() == x.data_ptr())
