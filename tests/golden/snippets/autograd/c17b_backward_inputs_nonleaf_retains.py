# backward(inputs=[h]) on a non-leaf h makes h retain its grad, for later passes too;
# under create_graph the retained grad is a clone with history.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x * 3
out = (h ** 2).sum()
print(h.retains_grad)
out.backward(inputs=[h], retain_graph=True)
print(h.retains_grad, h.grad, x.grad)
out.backward(retain_graph=True)
print(h.grad, x.grad)
h.register_hook(lambda g: g * 10)
out.backward(inputs=[h], retain_graph=True)
print(h.grad)
k = (x * 2).view(2)
(k * 1).sum().backward(inputs=[k, x])
print(k.retains_grad, k.grad, x.grad)
m = x * 3
m.retain_grad()
(m ** 2).sum().backward(inputs=[m], create_graph=True)
print(m.grad)
(m ** 2).sum().backward(inputs=[m])
print(m.grad)
